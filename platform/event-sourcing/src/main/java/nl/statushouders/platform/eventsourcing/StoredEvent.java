package nl.statushouders.platform.eventsourcing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One row of the append-only event store. Never updated, never deleted. */
@Entity
@Table(name = "event_store")
public class StoredEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "stream_id", nullable = false)
    public String streamId;

    @Column(name = "stream_type", nullable = false)
    public String streamType;

    @Column(nullable = false)
    public long version;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "schema_version", nullable = false)
    public int schemaVersion;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String gemeente;

    public String actor;

    @Column(name = "correlation_id")
    public UUID correlationId;

    @Column(name = "causation_id")
    public UUID causationId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public EventMetadata metadata() {
        return new EventMetadata(gemeente, actor, correlationId, causationId);
    }
}
