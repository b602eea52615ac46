package nl.statushouders.platform.eventsourcing;

import java.util.Locale;

/** Recognises a unique-constraint violation by constraint name, whichever layer wrapped it. */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(Throwable failure, String constraintName) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && constraintName.equalsIgnoreCase(cve.getConstraintName())) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(constraintName.toLowerCase(Locale.ROOT))
                    && (message.contains("23505") || message.toLowerCase(Locale.ROOT).contains("duplicate key"))) {
                return true;
            }
        }
        return false;
    }
}
