package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "taalvoucher")
public class TaalvoucherRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "werkgever_id", nullable = false)
    public UUID werkgeverId;
    @Column(name = "statushouder_id", nullable = false)
    public UUID statushouderId;
    @Column(nullable = false)
    public String gemeente;
    /** Euro cents. */
    @Column(nullable = false)
    public long bedrag;
    @Column(nullable = false)
    public int maanden;
    @Column(nullable = false)
    public int jaar;
    @Column(name = "verleend_op", nullable = false)
    public Instant verleendOp;
}
