package nl.statushouders.intake.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of the intake read model; the only place that holds BSN and V-nummer, encrypted, with the
 * BSN's keyed hash beside them (see Identificatiegegevens). Those are a store of record (in no event, so no rebuild can restore them, and a rebuild never touches them); the
 * other columns are a projection of the file's events (see StatushouderLeesmodel).
 */
@Entity
@Table(name = "statushouder")
public class StatushouderRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String gemeente;
    /** Encrypted; read it through Identificatiegegevens. */
    @Column(nullable = false)
    public String bsn;
    @Column(name = "bsn_hash")
    public String bsnHash;
    /** Encrypted; read it through Identificatiegegevens. */
    @Column(name = "v_nummer")
    public String vNummer;
    @Column(nullable = false)
    public String voornaam;
    @Column(nullable = false)
    public String achternaam;
    @Column(nullable = false)
    public LocalDate geboortedatum;
    /** JSON array of languages. */
    @Column(nullable = false)
    public String talen;
    @Column(name = "huisvesting_status", nullable = false)
    public String huisvestingStatus;
    @Column(name = "azc_locatie")
    public String azcLocatie;
    @Column(name = "datum_verblijfsvergunning", nullable = false)
    public LocalDate datumVerblijfsvergunning;
    public String werkmatcher;
    @Column(name = "startgesprek_datum")
    public LocalDate startgesprekDatum;
    @Column(name = "assessment_besluit")
    public String assessmentBesluit;
    @Column(name = "werkgesprek_datum")
    public LocalDate werkgesprekDatum;
    /** JSON of the current plan van aanpak. */
    @Column(name = "plan_van_aanpak")
    public String planVanAanpak;
    @Column(name = "plan_versie", nullable = false)
    public int planVersie;
    @Column(nullable = false)
    public long versie;
    @Column(name = "aangemeld_op", nullable = false)
    public Instant aangemeldOp;
    @Column(name = "afgesloten_op")
    public LocalDate afgeslotenOp;
    public String afsluitreden;

    public static Uni<StatushouderRecord> inGemeente(UUID id, java.util.Set<String> gemeenten) {
        return find("id = ?1 and gemeente in ?2", id, gemeenten).firstResult();
    }

    /**
     * The file, locked until the transaction ends: commands on one file run one after another, so
     * none writes the read model from a stale copy.
     */
    public static Uni<StatushouderRecord> inGemeenteVoorWijziging(UUID id, java.util.Set<String> gemeenten) {
        return find("id = ?1 and gemeente in ?2", id, gemeenten)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The file in any gemeente, locked (the retention job, which acts for every gemeente). */
    public static Uni<StatushouderRecord> voorWijziging(UUID id) {
        return find("id", id).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** By the BSN's keyed hash ({@link Identificatiegegevens#zoekwaarde}), never by the BSN itself. */
    public static Uni<java.util.List<StatushouderRecord>> zoekBsn(String bsnHash, java.util.Set<String> gemeenten) {
        return list("bsnHash = ?1 and gemeente in ?2 order by aangemeldOp", bsnHash, gemeenten);
    }

    public static Uni<StatushouderRecord> metBsn(String gemeente, String bsnHash) {
        return find("gemeente = ?1 and bsnHash = ?2", gemeente, bsnHash).firstResult();
    }

    /** Closed files of these gemeenten (all when null) closed on or before {@code uiterlijk}, oldest first. */
    public static Uni<java.util.List<StatushouderRecord>> afgeslotenVoor(LocalDate uiterlijk, java.util.Set<String> gemeenten) {
        return gemeenten == null
                ? list("afgeslotenOp <= ?1 order by afgeslotenOp, id", uiterlijk)
                : list("afgeslotenOp <= ?1 and gemeente in ?2 order by afgeslotenOp, id", uiterlijk, gemeenten);
    }
}
