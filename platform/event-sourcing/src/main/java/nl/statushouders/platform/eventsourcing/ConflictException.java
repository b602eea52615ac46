package nl.statushouders.platform.eventsourcing;

/**
 * A write that clashes with the current state: a stale stream version, or a resource that
 * already exists. Becomes a 409 problem.
 */
public class ConflictException extends RuntimeException {

    private final boolean staleVersion;

    public ConflictException(String message) {
        this(message, false);
    }

    private ConflictException(String message, boolean staleVersion) {
        super(message);
        this.staleVersion = staleVersion;
    }

    public static ConflictException staleVersion(String streamId, long expected, long actual) {
        return new ConflictException("De gegevens zijn intussen gewijzigd (verwachte versie " + expected
                + ", huidige versie " + actual + "). Haal ze opnieuw op en probeer het nog eens.", true);
    }

    /** A lost race with a concurrent writer: trying again on the new state may well succeed. */
    public boolean isStaleVersion() {
        return staleVersion;
    }
}
