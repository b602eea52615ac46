package nl.statushouders.assessment.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What is asked of an assessment. {@code vandaag} comes from the service's clock, keeping the decider pure. */
public sealed interface AssessmentCommand {

    /** {@code startgesprekEventId}: the intake event that led to the invitation, or null when created by hand. */
    record NodigUit(UUID assessmentId, UUID statushouderId, String gemeente, Soort soort, String locatie,
                    UUID startgesprekEventId) implements AssessmentCommand {
    }

    /** A session to take the assessment; {@code begeleiding}: supported by the gemeente or COA. */
    record PlanSessie(LocalDate datum, String locatie, boolean begeleiding, String toelichting, LocalDate vandaag)
            implements AssessmentCommand {
    }

    record LegResultaatVast(LocalDate datum, Profiel profiel, LocalDate vandaag) implements AssessmentCommand {
    }

    record MeldNietVerschenen(LocalDate datum, LocalDate vandaag) implements AssessmentCommand {
    }
}
