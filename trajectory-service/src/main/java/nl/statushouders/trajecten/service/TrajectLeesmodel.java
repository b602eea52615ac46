package nl.statushouders.trajecten.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.EventStream;
import nl.statushouders.platform.rebuild.ReadModel;
import nl.statushouders.trajecten.domain.event.TrajectEvent;
import nl.statushouders.trajecten.domain.event.TrajectEvents;
import nl.statushouders.trajecten.mapping.TrajectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code traject} rows, rebuilt per trajectory from its own stream in the event store. */
@ApplicationScoped
public class TrajectLeesmodel implements ReadModel {

    private final EventStore store;
    private final TrajectMapper mapper;

    public TrajectLeesmodel(EventStore store, TrajectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "trajecten";
    }

    @Override
    public Uni<Long> events() {
        return store.count(TrajectService.STREAM_TYPE);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return store.streamIds(TrajectService.STREAM_TYPE, after, limit);
    }

    /**
     * Locks the page's rows (only traject rows, in id order) before reading the streams: a command
     * on one of them committed before, and its events are read, or waits for this page and applies
     * to the rebuilt row. A deleted row is written anew.
     */
    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                                "from TrajectRecord t where t.id in :ids order by t.id", TrajectRecord.class)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .chain(rows -> store.loadAll(keys, TrajectEvents.REGISTRY).chain(streams -> {
                            Map<UUID, TrajectRecord> bestaand = rows.stream()
                                    .collect(Collectors.toMap(r -> r.id, Function.identity()));
                            long events = 0;
                            List<TrajectRecord> nieuw = new ArrayList<>();
                            for (EventStream<TrajectEvent> stream : streams) {
                                if (stream.isEmpty()) {
                                    continue;
                                }
                                TrajectRecord record = bestaand.get(UUID.fromString(stream.streamId()));
                                if (record == null) {
                                    record = new TrajectRecord();
                                    nieuw.add(record);
                                }
                                TrajectRecord r = record;
                                stream.events().forEach(recorded -> mapper.apply(r, recorded));
                                events += stream.events().size();
                            }
                            long gelezen = events;
                            return s.persistAll(nieuw.toArray()).chain(s::flush).replaceWith(gelezen);
                        })));
    }
}
