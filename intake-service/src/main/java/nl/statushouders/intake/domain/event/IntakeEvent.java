package nl.statushouders.intake.domain.event;

import java.util.UUID;

/**
 * Everything that can happen to a statushouder's intake file. No event carries a BSN or
 * V-nummer: those stay in intake-service's own register.
 */
public sealed interface IntakeEvent permits StatushouderRegistered, WerkmatcherAssigned, StartgesprekHeld,
        WerkgesprekHeld, PlanVanAanpakAgreed, PlanVanAanpakRevised, VerwijderingAangevraagd,
        StatushouderVerwijderd, DossierAfgesloten {

    UUID statushouderId();

    String gemeente();
}
