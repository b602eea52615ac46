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
            .register(TrajectEnded.class, 1)
            // Free texts about the person (goals, reasons, remarks), encrypted with the person's key.
            .persoonlijk(TrajectPlanned.class, "leerdoelen", "motivering")
            .persoonlijk(TaalstageStarted.class, "motivering")
            .persoonlijk(WerkervaringsplekStarted.class, "motivering")
            .persoonlijk(ProefplaatsingStarted.class, "motivering")
            .persoonlijk(VrijwilligerswerkStarted.class, "motivering")
            .persoonlijk(WerktrainingStarted.class, "motivering")
            .persoonlijk(OpleidingStarted.class, "motivering")
            .persoonlijk(StudieMetBehoudVanUitkeringStarted.class, "motivering")
            .persoonlijk(PreBachelorStarted.class, "motivering")
            .persoonlijk(InburgeringStarted.class, "motivering")
            .persoonlijk(BetaaldWerkStarted.class, "motivering")
            .persoonlijk(OndernemerschapStarted.class, "motivering")
            .persoonlijk(TrajectProgressReported.class, "toelichting")
            .persoonlijk(TrajectEnded.class, "toelichting");

    private TrajectEvents() {
    }
}
