package nl.statushouders.werkgevers.domain;

import java.util.List;
import java.util.UUID;

/** What the employer service knows of a statushouder from others' events: no name, no BSN. */
public record StatushouderProfiel(UUID statushouderId, Taalniveau gesproken, List<Werkervaring> werkervaring,
                                  String opleidingsniveau) {
}
