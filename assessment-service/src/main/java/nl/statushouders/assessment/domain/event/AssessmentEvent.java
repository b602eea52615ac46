package nl.statushouders.assessment.domain.event;

import java.util.UUID;

/** Everything that can happen to an assessment. Each concerns one statushouder of one gemeente. */
public sealed interface AssessmentEvent permits AssessmentInvited, AssessmentScheduled, AssessmentCompleted,
        AlternatieveIntakeCompleted, AssessmentMissed {

    UUID assessmentId();

    UUID statushouderId();

    String gemeente();
}
