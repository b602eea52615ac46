package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event as monitoring received it; the history projections are rebuilt from. */
@Entity
@Table(name = "ontvangen_event")
public class OntvangenEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long positie;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "statushouder_id", nullable = false)
    public UUID statushouderId;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String source;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String subject;
    @Column(nullable = false)
    public long sequence;
    @Column(nullable = false)
    public Instant tijd;
    @Column(nullable = false)
    public String data;
}
