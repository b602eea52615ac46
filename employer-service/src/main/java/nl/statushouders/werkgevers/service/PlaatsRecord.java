package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "plaats")
public class PlaatsRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "werkgever_id", nullable = false)
    public UUID werkgeverId;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String soort;
    @Column(nullable = false)
    public String functie;
    public String beroep;
    @Column(name = "uren_per_week", nullable = false)
    public int urenPerWeek;
    @Column(name = "minimaal_taalniveau", nullable = false)
    public String minimaalTaalniveau;
    @Column(nullable = false)
    public int aantal;
    @Column(nullable = false)
    public int bezet;
    @Column(nullable = false)
    public boolean open;
    /** JSON array of {soort, omschrijving}. */
    @Column(nullable = false)
    public String leerdoelen;
    @Column(nullable = false)
    public String accountbeheerder;
    @Column(name = "accountbeheerder_organisatie", nullable = false)
    public String accountbeheerderOrganisatie;
    @Column(name = "aangeboden_op", nullable = false)
    public Instant aangebodenOp;
}
