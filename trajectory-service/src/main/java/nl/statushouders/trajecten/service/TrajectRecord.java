package nl.statushouders.trajecten.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A row of the trajectory read model. */
@Entity
@Table(name = "traject")
public class TrajectRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "statushouder_id", nullable = false)
    public UUID statushouderId;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String soort;
    @Column(nullable = false)
    public String aanbieder;
    @Column(name = "aanbieder_organisatie")
    public String aanbiederOrganisatie;
    @Column(name = "plaats_id")
    public UUID plaatsId;
    @Column(name = "match_id")
    public UUID matchId;
    @Column(nullable = false)
    public LocalDate startdatum;
    @Column(name = "geplande_einddatum", nullable = false)
    public LocalDate geplandeEinddatum;
    @Column(name = "uren_per_week", nullable = false)
    public int urenPerWeek;
    /** JSON array of leerdoelen. */
    @Column(nullable = false)
    public String leerdoelen;
    public String motivering;
    @Column(nullable = false)
    public String status;
    @Column(name = "gestart_op")
    public LocalDate gestartOp;
    @Column(name = "beeindigd_op")
    public LocalDate beeindigdOp;
    @Column(name = "reden_beeindiging")
    public String redenBeeindiging;
    /** JSON of the latest progress report. */
    @Column(name = "laatste_voortgang")
    public String laatsteVoortgang;
    @Column(name = "aantal_voortgang", nullable = false)
    public int aantalVoortgang;
    @Column(nullable = false)
    public long versie;
    @Column(name = "gepland_op", nullable = false)
    public Instant geplandOp;

    public static Uni<TrajectRecord> inGemeente(UUID id, Set<String> gemeenten) {
        return find("id = ?1 and gemeente in ?2", id, gemeenten).firstResult();
    }

    /**
     * The row under a write lock, for a command: concurrent commands on one trajectory then read
     * its read model only after the previous one committed, so no update of it is lost.
     */
    public static Uni<TrajectRecord> inGemeenteVergrendeld(UUID id, Set<String> gemeenten) {
        return TrajectRecord.<TrajectRecord>find("id = ?1 and gemeente in ?2", id, gemeenten)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The statushouder's planned and active trajectories other than {@code behalve}. */
    public static Uni<List<TrajectRecord>> lopend(UUID statushouderId, UUID behalve) {
        return list("statushouderId = ?1 and status in ?2 and id <> ?3", statushouderId, List.of("GEPLAND", "ACTIEF"),
                behalve);
    }

    public static Uni<List<TrajectRecord>> vanStatushouder(UUID statushouderId, Set<String> gemeenten) {
        return list("statushouderId = ?1 and gemeente in ?2 order by startdatum, geplandOp", statushouderId, gemeenten);
    }
}
