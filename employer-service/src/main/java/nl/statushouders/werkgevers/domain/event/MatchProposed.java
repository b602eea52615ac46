package nl.statushouders.werkgevers.domain.event;

import java.util.UUID;

public record MatchProposed(UUID matchId, UUID statushouderId, String gemeente, UUID plaatsId, UUID werkgeverId,
                            String motivering, Boolean motiveringVoorWerkgever) implements WerkgeversEvent {
    // motiveringVoorWerkgever: the werkmatcher wrote the motivering for the employer's account manager;
    // otherwise only the gemeente sees it (null in events from before the field: not for them).
}
