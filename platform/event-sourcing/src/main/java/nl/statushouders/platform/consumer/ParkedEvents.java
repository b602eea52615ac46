package nl.statushouders.platform.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * The service's parked events (table parked_event): what a consumer could not apply, and what
 * waits behind it. A key (the person) with an open parked event takes no further events until a
 * re-drive, so nothing is applied out of order.
 */
@ApplicationScoped
public class ParkedEvents {

    public static final String WAITS_BEHIND = "wacht achter een eerder geparkeerd event met dezelfde sleutel";

    /** True while an earlier event with this record key is parked and not re-driven. */
    public Uni<Boolean> blocks(String recordKey) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "select count(*) from (select 1 from parked_event where record_key = :key "
                                + "and redriven_at is null and event_id is not null limit 1) open", Long.class)
                .setParameter("key", recordKey)
                .getSingleResult()))
                .map(count -> count > 0);
    }

    /** True while any of these keys waits behind a parked event: one statement for a whole batch. */
    public Uni<Boolean> blocksAny(java.util.Collection<String> recordKeys) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select count(*) from (select 1 from parked_event where record_key = any(cast(cast(:keys as text) as text[])) "
                                + "and redriven_at is null and event_id is not null limit 1) open", Long.class)
                .setParameter("keys", textArray(recordKeys))
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** PostgreSQL's array literal, every element quoted. */
    static String textArray(java.util.Collection<String> elements) {
        return elements.stream().map(e -> '"' + e.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /** Parks a readable event; parking it twice (a redelivery) keeps the first. */
    public Uni<Void> park(ConsumerRecord<String, String> record, CloudEvent event, String recordKey, String reason) {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into parked_event (event_id, record_key, topic, kafka_partition, kafka_offset, event_type, "
                                + "reason, record_value, parked_at) values (:eventId, :key, :topic, :partition, :offset, :type, "
                                + ":reason, :value, now()) on conflict (event_id) where event_id is not null do nothing")
                .setParameter("eventId", event.id())
                .setParameter("key", recordKey)
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("type", event.type())
                .setParameter("reason", reason)
                .setParameter("value", record.value())
                .executeUpdate())).replaceWithVoid();
    }

    /** Keeps an unreadable record for inspection; it blocks no key, as nothing says whose it is. */
    public Uni<Void> parkUnreadable(ConsumerRecord<String, String> record, String reason) {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into parked_event (record_key, topic, kafka_partition, kafka_offset, reason, record_value, "
                                + "parked_at) values (:key, :topic, :partition, :offset, :reason, :value, now())")
                .setParameter("key", record.key() == null ? "" : record.key())
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("reason", reason)
                .setParameter("value", record.value() == null ? "" : record.value())
                .executeUpdate())).replaceWithVoid();
    }

    /** Parked events, oldest first; only the open ones unless {@code all}. */
    public Uni<List<ParkedEvent>> list(boolean all, int limit) {
        return Panache.withSession(() -> ParkedEvent.<ParkedEvent>find(
                        all ? "order by id" : "redrivenAt is null order by id").page(0, limit).list());
    }

    public Uni<Long> countOpen() {
        return Panache.withSession(() -> ParkedEvent.count("redrivenAt is null"));
    }

    Uni<Void> markRedriven(long id) {
        return Panache.withTransaction(() -> ParkedEvent.update("redrivenAt = current_timestamp where id = ?1", id))
                .replaceWithVoid();
    }

    Uni<Void> markFailedAgain(long id, String reason) {
        return Panache.withTransaction(() -> ParkedEvent.update(
                "reason = ?1, attempts = attempts + 1 where id = ?2", reason, id)).replaceWithVoid();
    }
}
