package nl.statushouders.werkgevers.domain.event;

import nl.statushouders.platform.eventsourcing.EventRegistry;

/** Names and schema versions of the employer service's events (schemas: docs/events/schemas). */
public final class WerkgeversEvents {

    public static final EventRegistry<WerkgeversEvent> REGISTRY = EventRegistry.<WerkgeversEvent>create()
            .register(WerkgeverRegistered.class, 1)
            .register(PlaatsOffered.class, 1)
            .register(PlaatsClosed.class, 1)
            .register(MatchProposed.class, 1)
            .register(MatchAccepted.class, 1)
            .register(MatchRejected.class, 1)
            .register(TaalvoucherGranted.class, 1)
            .register(BijeenkomstScheduled.class, 1)
            // A werkmatcher's reasons about the person, encrypted with the person's key.
            .persoonlijk(MatchProposed.class, "motivering")
            .persoonlijk(MatchAccepted.class, "leerdoelen", "motivering")
            .persoonlijk(MatchRejected.class, "reden");

    private WerkgeversEvents() {
    }
}
