package nl.statushouders.monitoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Voortgang;
import nl.statushouders.monitoring.domain.VoortgangProjector;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.mapping.JsonDocuments;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the progress projection from the received-event history, beside the live one: all
 * in one transaction, so readers keep seeing the old projection (PostgreSQL MVCC) until the new
 * one commits and replaces it at once. A share lock on the history holds back new events for
 * that time (they wait, then apply to the new projection), so nothing is lost or applied twice.
 */
@ApplicationScoped
public class ProjectieHerbouw {

    private static final Logger LOG = Logger.getLogger(ProjectieHerbouw.class);
    private static final int STATUSHOUDERS_PER_STAP = 500;

    /** Where a rebuild stands. */
    public record Status(Toestand toestand, long verwerkt, long totaal, long statushouders, Instant gestart,
                         Instant klaar, Long millis) {

        public enum Toestand { NOOIT, BEZIG, KLAAR, MISLUKT }
    }

    private final VoortgangService voortgang;
    private final JsonDocuments json;
    private final AtomicReference<Status> status =
            new AtomicReference<>(new Status(Status.Toestand.NOOIT, 0, 0, 0, null, null, null));

    public ProjectieHerbouw(VoortgangService voortgang, ObjectMapper json) {
        this.voortgang = voortgang;
        this.json = new JsonDocuments(json);
    }

    public Status status() {
        return status.get();
    }

    /** Starts a rebuild in the background; a second request while one runs is a conflict. */
    public Status start() {
        Status huidig = status.get();
        Status bezig = new Status(Status.Toestand.BEZIG, 0, 0, 0, Instant.now(), null, null);
        if (huidig.toestand() == Status.Toestand.BEZIG || !status.compareAndSet(huidig, bezig)) {
            throw new ConflictException("Er loopt al een herbouw.");
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                VertxContextSupport.subscribeAndAwait(this::herbouwNu);
            } catch (Throwable e) {
                LOG.errorf("Rebuild failed: %s", e.getClass().getName());
                Status s = status.get();
                status.set(new Status(Status.Toestand.MISLUKT, s.verwerkt(), s.totaal(), s.statushouders(), s.gestart(),
                        Instant.now(), null));
            }
        });
        return bezig;
    }

    /** Rebuilds now and returns when the new projection is in place. */
    public Uni<Status> herbouw() {
        status.set(new Status(Status.Toestand.BEZIG, 0, 0, 0, Instant.now(), null, null));
        return herbouwNu();
    }

    private Uni<Status> herbouwNu() {
        Instant gestart = status.get().gestart();
        long start = System.nanoTime();
        AtomicLong verwerkt = new AtomicLong();
        AtomicLong statushouders = new AtomicLong();
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("lock table ontvangen_event in share mode").executeUpdate()
                .chain(() -> s.createSelectionQuery("select count(e) from OntvangenEvent e", Long.class).getSingleResult())
                .invoke(totaal -> status.set(new Status(Status.Toestand.BEZIG, 0, totaal, 0, gestart, null, null)))
                .chain(totaal -> s.createMutationQuery("delete from VoortgangRecord").executeUpdate()
                        .chain(() -> s.createSelectionQuery(
                                "select distinct e.statushouderId from OntvangenEvent e order by e.statushouderId", UUID.class)
                                .getResultList())
                        .chain(ids -> Multi.createFrom().iterable(partition(ids))
                                .onItem().transformToUniAndConcatenate(stap -> s.createSelectionQuery(
                                                "from OntvangenEvent e where e.statushouderId in :ids order by e.statushouderId, e.positie",
                                                OntvangenEvent.class)
                                        .setParameter("ids", stap)
                                        .getResultList()
                                        .chain(events -> {
                                            List<VoortgangRecord> records = fold(events);
                                            verwerkt.addAndGet(events.size());
                                            statushouders.addAndGet(records.size());
                                            status.set(new Status(Status.Toestand.BEZIG, verwerkt.get(), totaal,
                                                    statushouders.get(), gestart, null, null));
                                            return s.persistAll(records.toArray()).chain(s::flush).invoke(s::clear);
                                        }))
                                .collect().last())
                        .map(ignored -> new Status(Status.Toestand.KLAAR, verwerkt.get(), totaal, statushouders.get(), gestart,
                                Instant.now(), Duration.ofNanos(System.nanoTime() - start).toMillis())))))
                .invoke(status::set)
                .invoke(s -> LOG.infof("Rebuilt %d projections from %d events in %d ms", s.statushouders(), s.verwerkt(),
                        s.millis()));
    }

    private List<VoortgangRecord> fold(List<OntvangenEvent> events) {
        Map<UUID, List<OntvangenEvent>> perStatushouder = new LinkedHashMap<>();
        events.forEach(e -> perStatushouder.computeIfAbsent(e.statushouderId, k -> new ArrayList<>()).add(e));
        List<VoortgangRecord> records = new ArrayList<>();
        perStatushouder.forEach((id, stream) -> {
            Voortgang v = VoortgangProjector.fold(id, stream.get(0).gemeente, stream.stream().map(this::toCloudEvent).toList());
            VoortgangRecord record = new VoortgangRecord();
            voortgang.write(record, v);
            records.add(record);
        });
        return records;
    }

    private static List<List<UUID>> partition(List<UUID> ids) {
        List<List<UUID>> stappen = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += STATUSHOUDERS_PER_STAP) {
            stappen.add(ids.subList(i, Math.min(i + STATUSHOUDERS_PER_STAP, ids.size())));
        }
        if (stappen.isEmpty()) {
            stappen.add(List.of());
        }
        return stappen;
    }

    private CloudEvent toCloudEvent(OntvangenEvent e) {
        return new CloudEvent(e.eventId, e.source, e.type, e.tijd, e.subject, e.sequence, e.gemeente, null,
                json.readTree(e.data), null);
    }
}
