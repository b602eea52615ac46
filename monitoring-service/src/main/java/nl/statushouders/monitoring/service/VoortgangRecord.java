package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The stored progress projection of one statushouder. */
@Entity
@Table(name = "voortgang")
public class VoortgangRecord extends PanacheEntityBase {

    @Id
    @Column(name = "statushouder_id")
    public UUID statushouderId;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String fase;
    public String werkmatcher;
    @Column(nullable = false)
    public String document;
    @Column(name = "bijgewerkt_op", nullable = false)
    public Instant bijgewerktOp;
}
