package nl.statushouders.assessment.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.assessment.mapping.StatushouderMapper;
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
 * The known statushouders ({@code statushouder}), rebuilt per statushouder from the intake events
 * the consumer kept. Only the read-model part is refolded: the invitations a startgesprek led to are
 * in the event store already (rebuilt by {@link AssessmentLeesmodel}) and are never asked for again.
 */
@ApplicationScoped
public class StatushouderLeesmodel implements ReadModel {

    private final ReceivedEvents received;
    private final StatushouderMapper mapper;

    public StatushouderLeesmodel(ReceivedEvents received, StatushouderMapper mapper) {
        this.received = received;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "statushouder";
    }

    @Override
    public Uni<Long> events() {
        return received.count(IntakeEventHandler.CONSUMER);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return received.keys(IntakeEventHandler.CONSUMER, after, limit);
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        // Lock first, as the consumer does (IntakeEventHandler.bekend).
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                                "from StatushouderRecord r where r.id in :ids order by r.id", StatushouderRecord.class)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .chain(rows -> received.of(IntakeEventHandler.CONSUMER, keys).chain(history -> {
                            Map<UUID, StatushouderRecord> bestaand = rows.stream()
                                    .collect(Collectors.toMap(r -> r.id, Function.identity()));
                            long events = 0;
                            List<Object> nieuw = new ArrayList<>();
                            for (Map.Entry<String, List<CloudEvent>> entry : history.entrySet()) {
                                events += entry.getValue().size();
                                UUID id = UUID.fromString(entry.getKey());
                                StatushouderRecord record = bestaand.get(id);
                                if (record == null) {
                                    nieuw.add(mapper.toRecord(id, entry.getValue()));
                                } else {
                                    mapper.project(record, entry.getValue());
                                }
                            }
                            long gelezen = events;
                            return s.persistAll(nieuw.toArray()).chain(s::flush).replaceWith(gelezen);
                        })));
    }
}
