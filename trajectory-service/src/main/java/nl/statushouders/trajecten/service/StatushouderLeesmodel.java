package nl.statushouders.trajecten.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.rebuild.ReadModel;
import nl.statushouders.platform.rebuild.ReceivedEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code statushouder} rows, rebuilt per statushouder from the events this service received.
 * Only the read model: a match-accepted is not planned again, its trajectory is in the event store
 * and rebuilt by {@link TrajectLeesmodel}. No column of the row comes from the own streams.
 */
@ApplicationScoped
public class StatushouderLeesmodel implements ReadModel {

    private final ReceivedEvents received;

    public StatushouderLeesmodel(ReceivedEvents received) {
        this.received = received;
    }

    @Override
    public String name() {
        return "statushouders";
    }

    @Override
    public Uni<Long> events() {
        return received.count(InkomendeEvents.CONSUMER);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return received.keys(InkomendeEvents.CONSUMER, after, limit);
    }

    /**
     * Locks the page's rows (only statushouder rows, in id order) before reading their history, the
     * row the consumer and the commands lock too: an event or a plan for one of them committed before,
     * or waits for this page. A deleted row is written anew.
     */
    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                                "from StatushouderRecord s where s.id in :ids order by s.id", StatushouderRecord.class)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .chain(rows -> received.of(InkomendeEvents.CONSUMER, keys).chain(history -> {
                            Map<UUID, StatushouderRecord> bestaand = rows.stream()
                                    .collect(Collectors.toMap(r -> r.id, Function.identity()));
                            long events = 0;
                            List<StatushouderRecord> nieuw = new ArrayList<>();
                            for (Map.Entry<String, List<CloudEvent>> entry : history.entrySet()) {
                                UUID id = UUID.fromString(entry.getKey());
                                StatushouderRecord record = bestaand.get(id);
                                if (record == null) {
                                    record = new StatushouderRecord();
                                    nieuw.add(record);
                                }
                                StatushouderProjectie.fold(record, id, entry.getValue());
                                events += entry.getValue().size();
                            }
                            long gelezen = events;
                            return s.persistAll(nieuw.toArray()).chain(s::flush).replaceWith(gelezen);
                        })));
    }
}
