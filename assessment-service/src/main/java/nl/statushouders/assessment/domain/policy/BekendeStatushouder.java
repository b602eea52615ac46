package nl.statushouders.assessment.domain.policy;

import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;

/**
 * An assessment is for a statushouder this service knows (from intake's events) in one of the
 * caller's gemeenten. The answer never reveals whether the id exists in another gemeente.
 */
public final class BekendeStatushouder {

    public static final String NAME = "bekende-statushouder";

    private BekendeStatushouder() {
    }

    public static void check(boolean bekend) {
        if (!bekend) {
            throw new PolicyViolationException(new Violation(NAME, "statushouderId", "onbekend in uw gemeente"));
        }
    }
}
