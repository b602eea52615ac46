package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "matching")
public class MatchRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "werkgever_id", nullable = false)
    public UUID werkgeverId;
    @Column(name = "plaats_id", nullable = false)
    public UUID plaatsId;
    @Column(name = "statushouder_id", nullable = false)
    public UUID statushouderId;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String status;
    public String motivering;
    /** The motivering was written for the employer's account manager; otherwise only the gemeente sees it. */
    @Column(name = "motivering_voor_werkgever", nullable = false)
    public boolean motiveringVoorWerkgever;
    public LocalDate startdatum;
    public String reden;
    @Column(name = "voorgesteld_op", nullable = false)
    public Instant voorgesteldOp;
}
