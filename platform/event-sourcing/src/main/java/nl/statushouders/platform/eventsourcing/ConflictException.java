package nl.statushouders.platform.eventsourcing;

/**
 * A write that clashes with the current state: a stale stream version, or a resource that
 * already exists. Becomes a 409 problem.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String streamId, long expected, long actual) {
        return new ConflictException("De gegevens zijn intussen gewijzigd (verwachte versie " + expected
                + ", huidige versie " + actual + "). Haal ze opnieuw op en probeer het nog eens.");
    }
}
