package nl.statushouders.monitoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import nl.statushouders.monitoring.domain.Drempels;
import nl.statushouders.monitoring.domain.Kenmerken;
import nl.statushouders.monitoring.domain.Kpis;
import nl.statushouders.monitoring.domain.Voortgang;
import nl.statushouders.monitoring.domain.VoortgangProjector;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.consumer.EventHandler;
import nl.statushouders.platform.consumer.IdempotentConsumer;
import nl.statushouders.platform.mapping.JsonDocuments;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applies events to the progress projection: once per event id, in one transaction with the
 * received-event history and the marker of the idempotent consumer.
 */
@ApplicationScoped
public class VoortgangService implements EventHandler {

    static final String CONSUMER = "monitoring-voortgang";
    private static final Logger LOG = Logger.getLogger(VoortgangService.class);

    private final IdempotentConsumer idempotent;
    private final JsonDocuments json;
    private final AtomicLong skipped = new AtomicLong();

    private final Drempels drempels;

    private final Clock clock;

    public VoortgangService(IdempotentConsumer idempotent, ObjectMapper json, Drempels drempels, Clock clock) {
        this.idempotent = idempotent;
        this.json = new JsonDocuments(json);
        this.drempels = drempels;
        this.clock = clock;
    }

    /** True when the event changed the projection, false for a duplicate or an unknown type. */
    @Override
    public Uni<Boolean> apply(CloudEvent event) {
        if (!VoortgangProjector.kent(event)) {
            long count = skipped.incrementAndGet();
            LOG.debugf("Skipped event of unknown type %s (%d skipped so far)", event.type(), count);
            return Uni.createFrom().item(false);
        }
        if (!event.data().hasNonNull("statushouderId")) {
            // About an employer or a place, not a person: nothing to project.
            return Uni.createFrom().item(false);
        }
        UUID statushouderId = UUID.fromString(event.data().get("statushouderId").asText());
        // Events of one statushouder arrive on several topics, handled concurrently: the row lock
        // serialises their updates, and the loser of a race to create the row simply retries.
        return idempotent.applyOnce(CONSUMER, event, statushouderId, () -> nl.statushouders.platform.consumer.ReadModelRows.find(VoortgangRecord.class, statushouderId)
                .chain(record -> {
                    Voortgang before = record == null
                            ? VoortgangProjector.leeg(statushouderId, event.gemeente()) : read(record.document);
                    Voortgang after = VoortgangProjector.evolve(before, event);
                    VoortgangRecord target = record == null ? new VoortgangRecord() : record;
                    write(target, after);
                    return record == null ? target.persist().replaceWithVoid() : Uni.createFrom().voidItem();
                }))
                .onFailure(e -> nl.statushouders.platform.eventsourcing.Constraints.violated(e, "voortgang_pkey"))
                .retry().atMost(3);
    }

    /** The batch's projections, loaded and locked in one statement. */
    @Override
    public Uni<Void> prepare(java.util.List<CloudEvent> batch) {
        return nl.statushouders.platform.consumer.ReadModelRows.lockAll(VoortgangRecord.class, "statushouderId",
                nl.statushouders.platform.consumer.ReadModelRows.statushouders(batch, VoortgangProjector::kent));
    }

    public long skipped() {
        return skipped.get();
    }

    public Uni<Voortgang> vind(UUID statushouderId, Set<String> gemeenten) {
        return Panache.withSession(() -> VoortgangRecord.<VoortgangRecord>find(
                        "statushouderId = ?1 and gemeente in ?2 and verwijderd = false", statushouderId, gemeenten).firstResult())
                .onItem().ifNull().failWith(NotFoundException::new)
                .map(r -> read(r.document));
    }

    void write(VoortgangRecord target, Voortgang v) {
        target.statushouderId = v.statushouderId();
        target.gemeente = v.gemeente();
        target.fase = v.fase().name();
        target.werkmatcher = v.werkmatcher();
        String document = toJson(v);
        if (!document.equals(target.document)) {
            // Unchanged, the row keeps its time: a rebuild that finds a row right then writes nothing
            // (the ORM sees no field changed), and "bijgewerkt" means the person's progress changed.
            target.document = document;
            target.bijgewerktOp = Instant.now();
        }
        Kenmerken k = Kenmerken.van(v, drempels);
        target.lijstGemeente = target.gemeente;
        target.lijstFase = target.fase;
        target.lijstWerkmatcher = target.werkmatcher;
        target.sorteernaam = k.sorteernaam();
        target.faseSinds = k.faseSinds();
        target.laatstGewijzigd = k.laatstGewijzigd();
        target.signaalSoort = array(k.signalen().stream().map(t -> t.melding().signaal().name()));
        target.signaalSinds = array(k.signalen().stream().map(t -> datum(t.melding().sinds(), "NULL")));
        target.signaalVanaf = array(k.signalen().stream().map(t -> datum(t.vanaf(), "-infinity")));
        target.signaalTot = array(k.signalen().stream().map(t -> datum(t.tot(), "infinity")));
        target.aangemeldOp = k.aangemeldOp();
        target.cohort = k.cohort();
        target.startgesprekOp = k.startgesprekOp();
        target.werkgesprekOp = k.werkgesprekOp();
        target.inTrajectOp = k.inTrajectOp();
        target.werkOfOpleidingOp = k.werkOfOpleidingOp();
        Kenmerken.Stand stand = k.standOp(LocalDate.now(clock));
        target.standAantal = stand.aantal();
        target.standEerste = stand.eerste();
        target.standSoorten = array(stand.soorten().stream().map(Enum::name));
        target.standVan = datum(stand.van(), "-infinity");
        target.standTot = datum(stand.tot(), "infinity");
        target.uitstroomGrenzen = array(k.aangemeldOp() == null ? java.util.stream.Stream.empty()
                : Kpis.UITSTROOM_MAANDEN.stream().map(m -> k.aangemeldOp().plusMonths(m).toString()));
        target.trajectsoorten = array(k.trajectsoorten().entrySet().stream()
                .flatMap(e -> java.util.Collections.nCopies(e.getValue().intValue(), e.getKey()).stream()));
    }

    /**
     * PostgreSQL's array literal. Every element quoted (a trajectory kind comes from an event payload),
     * except the SQL null and the open ends of a date range, which must stay bare.
     */
    private static String array(java.util.stream.Stream<String> elements) {
        return elements.map(e -> e.equals("NULL") || e.equals("infinity") || e.equals("-infinity") ? e
                        : '"' + e.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static String datum(LocalDate dag, String open) {
        return dag == null ? open : dag.toString();
    }

    String toJson(Voortgang v) {
        return json.write(v);
    }

    Voortgang read(String document) {
        return json.read(document, Voortgang.class);
    }
}
