package nl.statushouders.platform.eventsourcing;

import java.util.List;

/** A command that a business rule forbids; becomes a 422 problem naming the fields. */
public class PolicyViolationException extends RuntimeException {

    private final List<Violation> violations;

    public PolicyViolationException(List<Violation> violations) {
        super(violations.stream().map(Violation::reason).reduce((a, b) -> a + "; " + b).orElse("policy violated"));
        this.violations = List.copyOf(violations);
    }

    public PolicyViolationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Throws when any violation was found; the usual end of a decide step. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new PolicyViolationException(violations);
        }
    }
}
