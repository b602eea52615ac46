package nl.statushouders.werkgevers.domain;

import java.util.List;
import java.util.UUID;

public record Kandidaat(UUID statushouderId, int score, List<String> redenen) {
}
