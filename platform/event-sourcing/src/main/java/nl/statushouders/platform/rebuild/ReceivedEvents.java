package nl.statushouders.platform.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.mapping.JsonDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a consumer kept of other services' events ({@code received_event}), read back for a rebuild. */
@ApplicationScoped
public class ReceivedEvents {

    private final JsonDocuments json;
    private final nl.statushouders.platform.sleutels.Persoonsgegevens persoonsgegevens;

    public ReceivedEvents(ObjectMapper mapper, nl.statushouders.platform.sleutels.Persoonsgegevens persoonsgegevens) {
        this.json = new JsonDocuments(mapper);
        this.persoonsgegevens = persoonsgegevens;
    }

    public Uni<Long> count(String consumer) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select count(e) from ReceivedEvent e where e.consumer = :consumer", Long.class)
                .setParameter("consumer", consumer).getSingleResult());
    }

    public Uni<List<String>> keys(String consumer, String after, int limit) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select distinct e.recordKey from ReceivedEvent e where e.consumer = :consumer and e.recordKey > :after "
                                + "order by e.recordKey", String.class)
                .setParameter("consumer", consumer)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * The events of these keys, per key in the order they were received. Read as plain values, not
     * entities: history is never changed, and a page's hundreds of entities in the session would make
     * the transaction's flush walk them all.
     */
    public Uni<Map<String, List<CloudEvent>>> of(String consumer, List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select e.recordKey, e.eventId, e.source, e.type, e.time, e.subject, e.sequence, e.gemeente, "
                                + "e.dataschema, e.data, e.correlationId from ReceivedEvent e "
                                + "where e.consumer = :consumer and e.recordKey in :keys order by e.recordKey, e.position",
                        Object[].class)
                .setParameter("consumer", consumer)
                .setParameter("keys", keys)
                .getResultList())
                .chain(rows -> {
                    List<CloudEvent> events = new ArrayList<>(rows.size());
                    for (Object[] r : rows) {
                        events.add(new CloudEvent((UUID) r[1], (String) r[2], (String) r[3], (Instant) r[4], (String) r[5],
                                ((Number) r[6]).longValue(), (String) r[7], (String) r[8], json.readTree((String) r[9]), (UUID) r[10]));
                    }
                    // Kept encrypted; a rebuild reads them as the live consumer did (null where the key is gone).
                    return persoonsgegevens.ontsleutelEvents(events).map(plain -> {
                        Map<String, List<CloudEvent>> perKey = new LinkedHashMap<>();
                        for (int i = 0; i < rows.size(); i++) {
                            perKey.computeIfAbsent((String) rows.get(i)[0], k -> new ArrayList<>()).add(plain.get(i));
                        }
                        return perKey;
                    });
                });
    }
}
