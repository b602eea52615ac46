package nl.statushouders.trajecten.domain.event;

import nl.statushouders.platform.eventsourcing.EventRegistry;

/** Names and schema versions of the trajectory events (schemas: docs/events/schemas). */
public final class TrajectEvents {

    public static final EventRegistry<TrajectEvent> REGISTRY = EventRegistry.<TrajectEvent>create()
            .register(TrajectPlanned.class, 1)
            .register(TaalstageStarted.class, 1)
            .register(WerkervaringsplekStarted.class, 1)
            .register(ProefplaatsingStarted.class, 1)
            .register(VrijwilligerswerkStarted.class, 1)
            .register(WerktrainingStarted.class, 1)
            .register(OpleidingStarted.class, 1)
            .register(StudieMetBehoudVanUitkeringStarted.class, 1)
            .register(PreBachelorStarted.class, 1)
            .register(InburgeringStarted.class, 1)
            .register(BetaaldWerkStarted.class, 1)
            .register(OndernemerschapStarted.class, 1)
            .register(TrajectProgressReported.class, 1)
            .register(TrajectEnded.class, 1);

    private TrajectEvents() {
    }
}
