package nl.statushouders.werkgevers.domain.event;

import java.util.UUID;

public record MatchRejected(UUID matchId, UUID statushouderId, String gemeente, UUID plaatsId, UUID werkgeverId,
                            String reden) implements WerkgeversEvent {
}
