package nl.statushouders.platform.rest;

import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.security.Caller;

import java.util.UUID;

/** Event metadata for a request: tenant, acting subject, and the caller's correlation id when it sent a valid one. */
public final class RequestMetadata {

    public static final String CORRELATION_HEADER = "X-Correlation-ID";

    private RequestMetadata() {
    }

    public static EventMetadata of(Caller caller, String gemeente, String correlationHeader) {
        UUID correlation;
        try {
            correlation = correlationHeader == null ? UUID.randomUUID() : UUID.fromString(correlationHeader);
        } catch (IllegalArgumentException e) {
            correlation = UUID.randomUUID();
        }
        return new EventMetadata(gemeente, caller.subject(), correlation, null);
    }
}
