package nl.statushouders.platform.eventsourcing;

/** The client's If-Match names a version that is no longer current: 412, fetch again first. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
