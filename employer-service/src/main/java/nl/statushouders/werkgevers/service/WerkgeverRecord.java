package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "werkgever")
public class WerkgeverRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String naam;
    @Column(name = "kvk_nummer", nullable = false)
    public String kvkNummer;
    @Column(nullable = false)
    public String sector;
    @Column(nullable = false)
    public String soort;
    @Column(nullable = false)
    public String accountbeheerder;
    @Column(name = "accountbeheerder_organisatie", nullable = false)
    public String accountbeheerderOrganisatie;
    @Column(nullable = false)
    public long versie;
    @Column(name = "geregistreerd_op", nullable = false)
    public Instant geregistreerdOp;

    public static Uni<WerkgeverRecord> metKvk(String gemeente, String kvkNummer) {
        return find("gemeente = ?1 and kvkNummer = ?2", gemeente, kvkNummer).firstResult();
    }
}
