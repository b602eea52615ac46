package nl.statushouders.platform.eventsourcing;

import java.time.Instant;
import java.util.UUID;

/** An event as the store holds it: the domain event with its place in the stream. */
public record RecordedEvent<E>(UUID eventId, String streamId, long version, Instant recordedAt, E event,
                               EventMetadata metadata) {
}
