package nl.statushouders.intake.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The decider's view of an intake file: only what decisions need. */
public record IntakeDossier(UUID statushouderId, String gemeente, LocalDate geboortedatum, String werkmatcher,
                            LocalDate startgesprekDatum, LocalDate werkgesprekDatum, int planVersie,
                            Verwijderverzoek verwijderverzoek, boolean verwijderd, LocalDate afgeslotenOp) {

    /** A pending request to erase the file: why, and who asked. */
    public record Verwijderverzoek(Verwijdergrond grond, String door) {
    }

    public static final IntakeDossier NIEUW = new IntakeDossier(null, null, null, null, null, null, 0, null, false, null);

    /** Registered and not erased: an erased file takes no command. */
    public boolean geregistreerd() {
        return statushouderId != null && !verwijderd;
    }

    /** What is left of an erased file: whose it was, nothing more. */
    IntakeDossier alsVerwijderd() {
        return new IntakeDossier(statushouderId, gemeente, null, null, null, null, 0, null, true, null);
    }

    public boolean heeftPlan() {
        return planVersie > 0;
    }

    IntakeDossier metWerkmatcher(String nieuw) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, nieuw, startgesprekDatum, werkgesprekDatum, planVersie, verwijderverzoek, verwijderd, afgeslotenOp);
    }

    IntakeDossier metStartgesprek(LocalDate datum) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, werkmatcher, datum, werkgesprekDatum, planVersie, verwijderverzoek, verwijderd, afgeslotenOp);
    }

    IntakeDossier metWerkgesprek(LocalDate datum) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, werkmatcher, startgesprekDatum, datum, planVersie, verwijderverzoek, verwijderd, afgeslotenOp);
    }

    IntakeDossier metVerwijderverzoek(Verwijderverzoek verzoek) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, werkmatcher, startgesprekDatum, werkgesprekDatum,
                planVersie, verzoek, verwijderd, afgeslotenOp);
    }

    IntakeDossier metPlanVersie(int versie) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, werkmatcher, startgesprekDatum, werkgesprekDatum, versie, verwijderverzoek, verwijderd, afgeslotenOp);
    }

    IntakeDossier metAfsluiting(LocalDate datum) {
        return new IntakeDossier(statushouderId, gemeente, geboortedatum, werkmatcher, startgesprekDatum, werkgesprekDatum,
                planVersie, verwijderverzoek, verwijderd, datum);
    }
}
