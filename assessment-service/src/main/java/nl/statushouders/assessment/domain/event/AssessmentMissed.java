package nl.statushouders.assessment.domain.event;

import java.time.LocalDate;
import java.util.UUID;

/** The statushouder did not show up for the planned session; a new session may be planned. */
public record AssessmentMissed(UUID assessmentId, UUID statushouderId, String gemeente, LocalDate datum)
        implements AssessmentEvent {
}
