package nl.statushouders.monitoring.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Voortgang;
import nl.statushouders.monitoring.domain.VoortgangProjector;
import nl.statushouders.platform.consumer.CloudEvent;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rebuilds the progress projection from the received-event history. It runs in one
 * transaction: readers keep seeing the old projection (PostgreSQL MVCC) until the new one
 * commits, so there is no moment without data.
 */
@ApplicationScoped
public class ProjectieHerbouw {

    /** What a rebuild did. */
    public record Verslag(long events, long statushouders, long millis) {
    }

    private final VoortgangService voortgang;
    private final ObjectMapper json;

    public ProjectieHerbouw(VoortgangService voortgang, ObjectMapper json) {
        this.voortgang = voortgang;
        this.json = json;
    }

    public Uni<Verslag> herbouw() {
        long start = System.nanoTime();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createSelectionQuery("from OntvangenEvent e order by e.statushouderId, e.positie",
                        OntvangenEvent.class).getResultList())
                .chain(events -> {
                    Map<UUID, List<OntvangenEvent>> perStatushouder = new LinkedHashMap<>();
                    events.forEach(e -> perStatushouder.computeIfAbsent(e.statushouderId, k -> new ArrayList<>()).add(e));
                    List<VoortgangRecord> records = new ArrayList<>();
                    perStatushouder.forEach((id, stream) -> {
                        Voortgang v = VoortgangProjector.fold(id, stream.get(0).gemeente,
                                stream.stream().map(this::toCloudEvent).toList());
                        VoortgangRecord record = new VoortgangRecord();
                        voortgang.write(record, v);
                        records.add(record);
                    });
                    return Panache.getSession()
                            .chain(s -> s.createMutationQuery("delete from VoortgangRecord").executeUpdate()
                                    .chain(() -> s.persistAll(records.toArray()))
                                    .chain(s::flush))
                            .replaceWith(new Verslag(events.size(), records.size(),
                                    Duration.ofNanos(System.nanoTime() - start).toMillis()));
                }));
    }

    private CloudEvent toCloudEvent(OntvangenEvent e) {
        try {
            return new CloudEvent(e.eventId, e.source, e.type, e.tijd, e.subject, e.sequence, e.gemeente, null,
                    json.readTree(e.data));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
