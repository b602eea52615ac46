package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.SecondaryRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The stored progress projection of one statushouder. */
@Entity
@Table(name = "voortgang")
@SecondaryTable(name = VoortgangRecord.LIJST, pkJoinColumns = @PrimaryKeyJoinColumn(name = "statushouder_id"))
// Always there (the migration added it for older rows): an inner join, which a row lock can take.
@SecondaryRow(table = VoortgangRecord.LIJST, optional = false)
public class VoortgangRecord extends PanacheEntityBase {

    static final String LIJST = "voortgang_lijst";

    @Id
    @Column(name = "statushouder_id")
    public UUID statushouderId;
    @Column(nullable = false)
    public String gemeente;
    @Column(nullable = false)
    public String fase;
    public String werkmatcher;
    @Column(nullable = false)
    public String document;
    /** Erased (intake's statushouder-verwijderd): counted in the KPIs, never shown. Set by VoortgangVerwijderaar only. */
    @Column(nullable = false)
    public boolean verwijderd;
    @Column(name = "bijgewerkt_op", nullable = false)
    public Instant bijgewerktOp;

    // What caseload, agenda and KPIs filter, sort and count on (Kenmerken): narrow rows of their own.
    @Column(table = LIJST, name = "gemeente", nullable = false)
    public String lijstGemeente;
    @Column(table = LIJST, name = "fase", nullable = false)
    public String lijstFase;
    @Column(table = LIJST, name = "werkmatcher")
    public String lijstWerkmatcher;
    @Column(table = LIJST)
    public String sorteernaam;
    @Column(table = LIJST, name = "fase_sinds")
    public LocalDate faseSinds;
    @Column(table = LIJST, name = "laatst_gewijzigd")
    public Instant laatstGewijzigd;
    // Arrays as PostgreSQL's text form ({a,b}): bound as text, cast by the database.
    @Column(table = LIJST, name = "signaal_soort", nullable = false)
    @ColumnTransformer(read = "signaal_soort::text", write = "cast(cast(? as text) as text[])")
    public String signaalSoort;
    @Column(table = LIJST, name = "signaal_sinds", nullable = false)
    @ColumnTransformer(read = "signaal_sinds::text", write = "cast(cast(? as text) as date[])")
    public String signaalSinds;
    @Column(table = LIJST, name = "signaal_vanaf", nullable = false)
    @ColumnTransformer(read = "signaal_vanaf::text", write = "cast(cast(? as text) as date[])")
    public String signaalVanaf;
    @Column(table = LIJST, name = "signaal_tot", nullable = false)
    @ColumnTransformer(read = "signaal_tot::text", write = "cast(cast(? as text) as date[])")
    public String signaalTot;
    @Column(table = LIJST, name = "aangemeld_op")
    public LocalDate aangemeldOp;
    @Column(table = LIJST)
    public String cohort;
    @Column(table = LIJST, name = "startgesprek_op")
    public LocalDate startgesprekOp;
    @Column(table = LIJST, name = "werkgesprek_op")
    public LocalDate werkgesprekOp;
    @Column(table = LIJST, name = "in_traject_op")
    public LocalDate inTrajectOp;
    @Column(table = LIJST, name = "stand_aantal", nullable = false)
    public int standAantal;
    @Column(table = LIJST, name = "stand_eerste")
    public LocalDate standEerste;
    @Column(table = LIJST, name = "stand_soorten", nullable = false)
    @ColumnTransformer(read = "stand_soorten::text", write = "cast(cast(? as text) as text[])")
    public String standSoorten;
    @Column(table = LIJST, name = "stand_van", nullable = false)
    @ColumnTransformer(read = "stand_van::text", write = "cast(cast(? as text) as date)")
    public String standVan;
    @Column(table = LIJST, name = "stand_tot", nullable = false)
    @ColumnTransformer(read = "stand_tot::text", write = "cast(cast(? as text) as date)")
    public String standTot;
    @Column(table = LIJST, name = "uitstroom_grenzen", nullable = false)
    @ColumnTransformer(read = "uitstroom_grenzen::text", write = "cast(cast(? as text) as date[])")
    public String uitstroomGrenzen;
    @Column(table = LIJST, name = "werk_of_opleiding_op")
    public LocalDate werkOfOpleidingOp;
    @Column(table = LIJST, nullable = false)
    @ColumnTransformer(read = "trajectsoorten::text", write = "cast(cast(? as text) as text[])")
    public String trajectsoorten;
}
