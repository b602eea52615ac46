package nl.statushouders.intake.domain.event;

import nl.statushouders.platform.eventsourcing.EventRegistry;

/** Names and schema versions of the intake events (schemas: docs/events/intake). */
public final class IntakeEvents {

    public static final EventRegistry<IntakeEvent> REGISTRY = EventRegistry.<IntakeEvent>create()
            .register(StatushouderRegistered.class, 1)
            .register(WerkmatcherAssigned.class, 1)
            .register(StartgesprekHeld.class, 1)
            .register(WerkgesprekHeld.class, 1)
            .register(PlanVanAanpakAgreed.class, 1)
            .register(PlanVanAanpakRevised.class, 1);

    private IntakeEvents() {
    }
}
