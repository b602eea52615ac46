package nl.statushouders.platform.eventsourcing;

import java.util.UUID;

/**
 * Who did what on whose behalf: the tenant (CBS code of the gemeente), the acting subject
 * (a token subject, never a name or BSN), and the correlation and causation ids that tie a
 * chain of events to the request that started it.
 */
public record EventMetadata(String gemeente, String actor, UUID correlationId, UUID causationId) {

    public static EventMetadata of(String gemeente, String actor) {
        return new EventMetadata(gemeente, actor, UUID.randomUUID(), null);
    }

    /** The same request on behalf of the gemeente that owns the aggregate (a caller may have several). */
    public EventMetadata forGemeente(String gemeente) {
        return new EventMetadata(gemeente, actor, correlationId, causationId);
    }
}
