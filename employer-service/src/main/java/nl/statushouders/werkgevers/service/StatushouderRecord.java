package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A statushouder as learned from intake, assessment and trajecten events. No name, no BSN. */
@Entity
@Table(name = "statushouder")
public class StatushouderRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String gemeente;
    public LocalDate geboortedatum;
    /** JSON object per skill: {"lezen":"A2","spreken":"A1",...}. */
    public String taalniveau;
    @Column(name = "gesproken_taalniveau")
    public String gesprokenTaalniveau;
    @Column(name = "taalniveau_datum")
    public LocalDate taalniveauDatum;
    /** JSON array of {beroep, jaren, land}. */
    @Column(nullable = false)
    public String werkervaring = "[]";
    @Column(name = "werkervaring_datum")
    public LocalDate werkervaringDatum;
    public String opleidingsniveau;
    @Column(name = "bijgewerkt_op", nullable = false)
    public Instant bijgewerktOp;
}
