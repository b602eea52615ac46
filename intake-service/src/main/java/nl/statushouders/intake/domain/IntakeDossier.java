package nl.statushouders.intake.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The decider's view of an intake file: only what decisions need. */
public record IntakeDossier(UUID statushouderId, String gemeente, LocalDate geboortedatum,
                            LocalDate werkgesprekDatum, int planVersie) {

    public static final IntakeDossier NIEUW = new IntakeDossier(null, null, null, null, 0);

    public boolean geregistreerd() {
        return statushouderId != null;
    }

    public boolean heeftPlan() {
        return planVersie > 0;
    }
}
