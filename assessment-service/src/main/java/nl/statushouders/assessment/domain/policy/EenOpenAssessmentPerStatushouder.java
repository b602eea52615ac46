package nl.statushouders.assessment.domain.policy;

import nl.statushouders.platform.eventsourcing.ConflictException;

import java.util.UUID;

/**
 * One open (not completed) assessment per statushouder at a time: a second invitation while one
 * is pending would send the statushouder to two sessions. Checked by the service against its read
 * model, and guarded against races by a partial unique index. Breaking it is a 409.
 */
public final class EenOpenAssessmentPerStatushouder {

    public static final String NAME = "een-open-assessment-per-statushouder";

    private EenOpenAssessmentPerStatushouder() {
    }

    public static void check(UUID openAssessmentId) {
        if (openAssessmentId != null) {
            throw new ConflictException("Deze statushouder heeft al een open assessment: /api/assessment/v1/assessments/"
                    + openAssessmentId + " (" + NAME + ").");
        }
    }
}
