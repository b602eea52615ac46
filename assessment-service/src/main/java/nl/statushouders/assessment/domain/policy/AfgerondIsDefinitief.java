package nl.statushouders.assessment.domain.policy;

import nl.statushouders.assessment.domain.Assessment;
import nl.statushouders.assessment.domain.Status;
import nl.statushouders.platform.eventsourcing.ConflictException;

/**
 * A completed assessment is final: no second report, no new sessions, no no-show. A new
 * assessment is a new invitation. Breaking it is a 409 (the resource's state forbids it).
 */
public final class AfgerondIsDefinitief {

    public static final String NAME = "afgerond-is-definitief";

    private AfgerondIsDefinitief() {
    }

    public static void check(Assessment assessment) {
        if (assessment.status() == Status.AFGEROND) {
            throw new ConflictException("Dit assessment is afgerond; het resultaat ligt vast (" + NAME + ").");
        }
    }
}
