package nl.statushouders.assessment.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A row of the assessment read model. Sessions, no-shows and the report are kept as JSON. */
@Entity
@Table(name = "assessment")
public class AssessmentRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "statushouder_id", nullable = false)
    public UUID statushouderId;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String soort;
    @Column(nullable = false)
    public String locatie;
    @Column(nullable = false)
    public String status;
    /** JSON array of sessions, oldest first. */
    @Column(nullable = false)
    public String sessies;
    /** JSON array of dates the statushouder did not show up. */
    @Column(name = "niet_verschenen", nullable = false)
    public String nietVerschenen;
    /** JSON of the report once completed. */
    public String resultaat;
    @Column(name = "startgesprek_event_id")
    public UUID startgesprekEventId;
    @Column(nullable = false)
    public long versie;
    @Column(name = "uitgenodigd_op", nullable = false)
    public Instant uitgenodigdOp;

    public static Uni<AssessmentRecord> inGemeente(UUID id, Set<String> gemeenten) {
        return find("id = ?1 and gemeente in ?2", id, gemeenten).firstResult();
    }

    /**
     * The row locked for update: concurrent commands on one assessment queue here, so each reads
     * the read model as the previous one left it (sessions are appended, not overwritten).
     */
    public static Uni<AssessmentRecord> voorWijziging(UUID id, Set<String> gemeenten) {
        return find("id = ?1 and gemeente in ?2", id, gemeenten).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public static Uni<List<AssessmentRecord>> vanStatushouder(UUID statushouderId, Set<String> gemeenten) {
        return list("statushouderId = ?1 and gemeente in ?2 order by uitgenodigdOp", statushouderId, gemeenten);
    }

    public static Uni<AssessmentRecord> open(UUID statushouderId) {
        return find("statushouderId = ?1 and status <> 'AFGEROND'", statushouderId).firstResult();
    }
}
