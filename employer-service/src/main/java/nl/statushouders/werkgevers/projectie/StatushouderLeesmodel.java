package nl.statushouders.werkgevers.projectie;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.rebuild.ReadModel;
import nl.statushouders.platform.rebuild.ReceivedEvents;
import nl.statushouders.werkgevers.service.StatushouderRecord;
import nl.statushouders.werkgevers.service.StatushouderService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statushouder rows, rebuilt per statushouder from the intake, assessment and trajecten events
 * this service received; the rows are locked first, as the consumer locks them per event.
 */
@ApplicationScoped
public class StatushouderLeesmodel implements ReadModel {

    private final ReceivedEvents received;
    private final StatushouderProjectie projectie;

    public StatushouderLeesmodel(ReceivedEvents received, StatushouderProjectie projectie) {
        this.received = received;
        this.projectie = projectie;
    }

    @Override
    public String name() {
        return "statushouders";
    }

    @Override
    public Uni<Long> events() {
        return received.count(StatushouderService.CONSUMER);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return received.keys(StatushouderService.CONSUMER, after, limit);
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from StatushouderRecord r where r.id in :ids order by r.id", StatushouderRecord.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .chain(rows -> received.of(StatushouderService.CONSUMER, keys).chain(history -> {
                    Map<UUID, StatushouderRecord> bestaand = rows.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
                    List<StatushouderRecord> nieuw = new ArrayList<>();
                    long events = 0;
                    for (Map.Entry<String, List<CloudEvent>> entry : history.entrySet()) {
                        UUID id = UUID.fromString(entry.getKey());
                        StatushouderRecord r = bestaand.get(id);
                        if (r == null) {
                            r = new StatushouderRecord();
                            nieuw.add(r);
                        }
                        projectie.begin(r, id, entry.getValue().get(0));
                        for (CloudEvent event : entry.getValue()) {
                            projectie.apply(r, event);
                        }
                        events += entry.getValue().size();
                    }
                    long gelezen = events;
                    return s.persistAll(nieuw.toArray()).chain(s::flush).replaceWith(gelezen);
                })));
    }
}
