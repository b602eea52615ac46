package nl.statushouders.platform.rebuild;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event of another service as a consumer kept it; written by {@code IdempotentConsumer}, read for rebuilds. */
@Entity
@Table(name = "received_event")
public class ReceivedEvent extends PanacheEntityBase {

    @Id
    public Long position;
    public String consumer;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "record_key")
    public String recordKey;
    public String source;
    public String type;
    public String subject;
    public long sequence;
    public String gemeente;
    public String dataschema;
    @Column(name = "correlation_id")
    public UUID correlationId;
    @Column(name = "event_time")
    public Instant time;
    public String data;
    @Column(name = "received_at")
    public Instant receivedAt;
}
