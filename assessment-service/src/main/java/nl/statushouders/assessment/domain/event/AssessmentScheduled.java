package nl.statushouders.assessment.domain.event;

import java.time.LocalDate;
import java.util.UUID;

/** A session is planned; {@code begeleiding}: a supported session (gemeente, or COA in the AZC). */
public record AssessmentScheduled(UUID assessmentId, UUID statushouderId, String gemeente, LocalDate datum,
                                  String locatie, boolean begeleiding, String toelichting) implements AssessmentEvent {
}
