package nl.statushouders.werkgevers.projectie;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.EventStream;
import nl.statushouders.platform.rebuild.ReadModel;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import nl.statushouders.werkgevers.service.BijeenkomstRecord;
import nl.statushouders.werkgevers.service.BijeenkomstService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The bijeenkomst rows, one per meeting stream; a meeting is only ever scheduled, so its row is its one event. */
@ApplicationScoped
public class BijeenkomstLeesmodel implements ReadModel {

    private final EventStore store;

    public BijeenkomstLeesmodel(EventStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "bijeenkomsten";
    }

    @Override
    public Uni<Long> events() {
        return store.count(BijeenkomstService.STREAM_TYPE);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return store.streamIds(BijeenkomstService.STREAM_TYPE, after, limit);
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from BijeenkomstRecord b where b.id in :ids order by b.id", BijeenkomstRecord.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .chain(rows -> store.loadAll(keys, WerkgeversEvents.REGISTRY).chain(history -> {
                    Map<UUID, BijeenkomstRecord> bestaand = rows.stream().collect(Collectors.toMap(b -> b.id, Function.identity()));
                    List<BijeenkomstRecord> nieuw = new ArrayList<>();
                    long events = 0;
                    for (EventStream<WerkgeversEvent> stream : history) {
                        if (stream.isEmpty()) {
                            continue;
                        }
                        BijeenkomstRecord r = bestaand.get(UUID.fromString(stream.streamId()));
                        if (r == null) {
                            r = new BijeenkomstRecord();
                            nieuw.add(r);
                        }
                        BijeenkomstProjectie.vul(r, stream.events().get(0));
                        events += stream.events().size();
                    }
                    long gelezen = events;
                    return s.persistAll(nieuw.toArray()).chain(s::flush).replaceWith(gelezen);
                })));
    }
}
