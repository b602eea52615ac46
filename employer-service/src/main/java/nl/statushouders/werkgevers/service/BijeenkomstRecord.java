package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "bijeenkomst")
public class BijeenkomstRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String soort;
    @Column(nullable = false)
    public LocalDate datum;
    @Column(name = "werkgever_id")
    public UUID werkgeverId;
    @Column(nullable = false)
    public String locatie;
    @Column(nullable = false)
    public String omschrijving;
}
