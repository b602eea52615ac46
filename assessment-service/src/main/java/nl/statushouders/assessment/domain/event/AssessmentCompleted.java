package nl.statushouders.assessment.domain.event;

import nl.statushouders.assessment.domain.Opleidingsniveau;
import nl.statushouders.assessment.domain.Taalniveau;
import nl.statushouders.assessment.domain.Werkervaring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The NOA report: a complete profile. */
public record AssessmentCompleted(UUID assessmentId, UUID statushouderId, String gemeente, LocalDate datum,
                                  Opleidingsniveau opleidingsniveau, List<Werkervaring> werkervaring,
                                  Taalniveau taalniveau, List<String> competenties, List<String> kansen,
                                  List<String> belemmeringen, String advies) implements AssessmentEvent {
}
