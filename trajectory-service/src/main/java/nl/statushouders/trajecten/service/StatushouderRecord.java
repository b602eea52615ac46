package nl.statushouders.trajecten.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A statushouder as this service knows them from other services' events; no names, no BSN. */
@Entity
@Table(name = "statushouder")
public class StatushouderRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String gemeente;
    public LocalDate geboortedatum;
    public String opleidingsniveau;
    /** True once intake's statushouder-registered arrived; only then may a werkmatcher plan for them. */
    @Column(nullable = false)
    public boolean geregistreerd;
}
