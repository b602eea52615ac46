package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

/**
 * A request may refer only to a statushouder this service knows (from intake's events) in the
 * gemeente concerned. The answer does not reveal whether the id exists elsewhere.
 */
public final class StatushouderInGemeente {

    public static final String NAME = "statushouder-in-gemeente";

    private StatushouderInGemeente() {
    }

    public static Violation onbekend() {
        return new Violation(NAME, "statushouderId", "onbekend in uw gemeente");
    }
}
