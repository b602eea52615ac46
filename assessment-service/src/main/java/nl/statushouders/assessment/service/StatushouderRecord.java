package nl.statushouders.assessment.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Set;
import java.util.UUID;

/** A statushouder known from intake's events: only what tenant scoping needs. */
@Entity
@Table(name = "statushouder")
public class StatushouderRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String gemeente;

    public static Uni<StatushouderRecord> inGemeente(UUID id, Set<String> gemeenten) {
        return find("id = ?1 and gemeente in ?2", id, gemeenten).firstResult();
    }
}
