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
            .register(PlanVanAanpakRevised.class, 1)
            .register(VerwijderingAangevraagd.class, 1)
            .register(StatushouderVerwijderd.class, 1)
            .register(DossierAfgesloten.class, 1)
            // Encrypted with the person's key (crypto-shredding); erasing them destroys the key.
            .persoonlijk(StatushouderRegistered.class, "voornaam", "achternaam", "geboortedatum", "talen", "huisvesting",
                    "datumVerblijfsvergunning")
            .persoonlijk(StartgesprekHeld.class, "motivering")
            .persoonlijk(WerkgesprekHeld.class, "deelnemers", "redenAfwezigheidVluchtelingenwerk")
            .persoonlijk(PlanVanAanpakAgreed.class, "doelen", "afspraken", "trajectvoorstellen")
            .persoonlijk(PlanVanAanpakRevised.class, "reden", "doelen", "afspraken", "trajectvoorstellen");

    private IntakeEvents() {
    }
}
