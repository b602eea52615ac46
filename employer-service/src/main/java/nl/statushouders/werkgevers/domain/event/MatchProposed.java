package nl.statushouders.werkgevers.domain.event;

import java.util.UUID;

public record MatchProposed(UUID matchId, UUID statushouderId, String gemeente, UUID plaatsId, UUID werkgeverId,
                            String motivering) implements WerkgeversEvent {
}
