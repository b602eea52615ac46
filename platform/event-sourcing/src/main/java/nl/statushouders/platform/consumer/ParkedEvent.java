package nl.statushouders.platform.consumer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A consumed record that could not be applied (or waits behind one that could not), kept for re-drive. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "record_key")
    public String recordKey;
    public String topic;
    @Column(name = "kafka_partition")
    public int partition;
    @Column(name = "kafka_offset")
    public long offset;
    @Column(name = "event_type")
    public String eventType;
    public String reason;
    @Column(name = "record_value")
    public String recordValue;
    @Column(name = "parked_at")
    public Instant parkedAt;
    public int attempts;
    @Column(name = "redriven_at")
    public Instant redrivenAt;
}
