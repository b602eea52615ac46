package nl.statushouders.intake.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The decider's view of an intake file: only what decisions need. */
public record IntakeDossier(UUID statushouderId, String gemeente, LocalDate geboortedatum, String werkmatcher,
                            LocalDate startgesprekDatum, LocalDate werkgesprekDatum, int planVersie) {

    public static final IntakeDossier NIEUW = new IntakeDossier(null, null, null, null, null, null, 0);

    public boolean geregistreerd() {
        return statushouderId != null;
    }

    public boolean heeftPlan() {
        return planVersie > 0;
    }

    IntakeDossier metWerkmatcher(String nieuw) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, nieuw, startgesprekDatum, werkgesprekDatum, planVersie);
    }

    IntakeDossier metStartgesprek(LocalDate datum) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, werkmatcher, datum, werkgesprekDatum, planVersie);
    }

    IntakeDossier metWerkgesprek(LocalDate datum) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, werkmatcher, startgesprekDatum, datum, planVersie);
    }

    IntakeDossier metPlanVersie(int versie) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, werkmatcher, startgesprekDatum, werkgesprekDatum, versie);
    }
}
