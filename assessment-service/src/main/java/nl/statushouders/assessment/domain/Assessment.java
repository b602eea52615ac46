package nl.statushouders.assessment.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The decider's view of an assessment: only what decisions need. {@code sessieDatum}: the planned session. */
public record Assessment(UUID assessmentId, UUID statushouderId, String gemeente, Soort soort, Status status,
                         LocalDate sessieDatum) {

    public static final Assessment NIEUW = new Assessment(null, null, null, null, null, null);

    public boolean bestaat() {
        return assessmentId != null;
    }

    Assessment met(Status nieuw, LocalDate sessie) {
        return new Assessment(assessmentId, statushouderId, gemeente, soort, nieuw, sessie);
    }
}
