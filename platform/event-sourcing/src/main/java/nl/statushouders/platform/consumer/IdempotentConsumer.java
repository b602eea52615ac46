package nl.statushouders.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Applies an event at most once per consumer, and keeps it as history for rebuilds.
 * <p>
 * One event: the first step of its transaction claims it by inserting it into {@code received_event}
 * ({@code insert ... on conflict do nothing}); the claim commits together with the read-model change
 * or not at all. A duplicate delivered at the same moment (a rebalance) waits on the first claim and
 * then finds it taken: it is skipped, never failed or dead-lettered.
 * <p>
 * A batch ({@link #inBatch}): one statement finds which of the batch's events this consumer has
 * seen before, the others are applied, and one statement claims them all just before the commit. If
 * that statement claims fewer than it should, another instance applied one of them meanwhile: the
 * batch fails, rolls back, and the caller applies its events one by one as above.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final String BATCH = IdempotentConsumer.class.getName() + ".batch";
    private static final String COLUMNS = "consumer, event_id, record_key, source, type, subject, sequence, gemeente, "
            + "dataschema, correlation_id, event_time, data, received_at";

    private final ObjectMapper json;

    public IdempotentConsumer(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Runs {@code apply} in a transaction unless this consumer already applied the event; true when
     * applied now. {@code key}: whose history the event belongs to (the statushouder id), the unit a
     * rebuild refolds. Inside {@link #inBatch} the claim is deferred to the batch's single statement.
     */
    public Uni<Boolean> applyOnce(String consumer, CloudEvent event, Object key, Supplier<Uni<Void>> apply) {
        Batch batch = currentBatch();
        if (batch != null) {
            return batch.claim(consumer, event, key).chain(claimed -> claimed ? apply.get().replaceWith(true)
                    : Uni.createFrom().item(false));
        }
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into received_event (" + COLUMNS + ") "
                                + "select :consumer, cast(:eventId as uuid), :key, :source, :type, :subject, cast(:sequence as bigint), "
                                + ":gemeente, cast(:dataschema as text), cast(:correlationId as uuid), cast(:time as timestamptz), :data, now() "
                                // Applied before received_event existed: still a duplicate.
                                + "where not exists (select 1 from processed_event p where p.consumer = :consumer and p.event_id = cast(:eventId as uuid)) "
                                + "on conflict do nothing")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", event.id())
                        .setParameter("key", key.toString())
                        .setParameter("source", event.source())
                        .setParameter("type", event.type())
                        .setParameter("subject", event.subject())
                        .setParameter("sequence", event.sequence())
                        .setParameter("gemeente", event.gemeente())
                        .setParameter("dataschema", event.dataschema())
                        .setParameter("correlationId", event.correlationId())
                        .setParameter("time", event.time())
                        .setParameter("data", event.wireData().toString())
                        .executeUpdate())
                .chain(claimed -> claimed == 0
                        ? Uni.createFrom().item(false)
                        : apply.get().replaceWith(true)));
    }

    /**
     * Runs {@code work} (which applies the events through {@link #applyOnce}) in the current
     * transaction with the claims of the whole batch taken in one statement at its end.
     */
    public <T> Uni<T> inBatch(List<CloudEvent> events, Supplier<Uni<T>> work) {
        Context context = Vertx.currentContext();
        Batch batch = new Batch(events.stream().map(e -> e.id().toString()).collect(Collectors.joining(",", "{", "}")));
        context.putLocal(BATCH, batch);
        return Uni.createFrom().<T>deferred(work::get)
                .call(batch::claimAll)
                .eventually(() -> context.removeLocal(BATCH));
    }

    /**
     * The ids of {@code type}'s rows this batch looked for and did not find ({@link ReadModelRows#lockAll}),
     * or null outside a batch. A batch's transaction holds the locks, so they stay absent until it creates them.
     */
    static Set<Object> absentRows(Class<?> type) {
        Batch batch = currentBatch();
        return batch == null ? null : batch.absent.computeIfAbsent(type, t -> new HashSet<>());
    }

    private static Batch currentBatch() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(BATCH);
    }

    /** Another instance claimed an event of the batch while it ran; applied one by one it is skipped. */
    public static final class ClaimedMeanwhile extends RuntimeException {
        ClaimedMeanwhile(int expected, int claimed) {
            super("batch claimed " + claimed + " of " + expected + " events: another consumer applied the rest meanwhile");
        }
    }

    private final class Batch {
        private final String ids;
        private final Map<String, Set<String>> seen = new HashMap<>();
        private final ArrayNode rows = json.createArrayNode();
        private final Map<Class<?>, Set<Object>> absent = new HashMap<>();

        Batch(String ids) {
            this.ids = ids;
        }

        Uni<Boolean> claim(String consumer, CloudEvent event, Object key) {
            return seenBefore(consumer).map(seenBefore -> {
                if (!seenBefore.add(event.id().toString())) {
                    return false;
                }
                rows.addObject()
                        .put("consumer", consumer)
                        .put("event_id", event.id().toString())
                        .put("record_key", key.toString())
                        .put("source", event.source())
                        .put("type", event.type())
                        .put("subject", event.subject())
                        .put("sequence", event.sequence())
                        .put("gemeente", event.gemeente())
                        .put("dataschema", event.dataschema())
                        .put("correlation_id", event.correlationId() == null ? null : event.correlationId().toString())
                        .put("event_time", event.time().toString())
                        .put("data", event.wireData().toString());
                return true;
            });
        }

        /** This consumer's events of the batch seen before: one statement per consumer per batch. */
        private Uni<Set<String>> seenBefore(String consumer) {
            Set<String> known = seen.get(consumer);
            if (known != null) {
                return Uni.createFrom().item(known);
            }
            return Panache.getSession().chain(s -> s.createNativeQuery(
                                    "select cast(event_id as text) from received_event where consumer = :consumer "
                                            + "and event_id = any(cast(cast(:ids as text) as uuid[])) union "
                                            + "select cast(event_id as text) from processed_event where consumer = :consumer "
                                            + "and event_id = any(cast(cast(:ids as text) as uuid[]))", String.class)
                            .setParameter("consumer", consumer)
                            .setParameter("ids", ids)
                            .getResultList())
                    .map(found -> {
                        Set<String> set = new HashSet<>(found);
                        seen.put(consumer, set);
                        return set;
                    });
        }

        /** One statement for every claim, in the batch's order (the history's position keeps it). */
        Uni<Void> claimAll() {
            if (rows.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            int expected = rows.size();
            return Panache.getSession().chain(s -> s.createNativeQuery("insert into received_event (" + COLUMNS + ") "
                                    + "select r.consumer, r.event_id, r.record_key, r.source, r.type, r.subject, r.sequence, r.gemeente, "
                                    + "r.dataschema, r.correlation_id, r.event_time, r.data, now() "
                                    + "from jsonb_array_elements(cast(cast(:rows as text) as jsonb)) with ordinality as e(row, n) "
                                    + "cross join lateral jsonb_to_record(e.row) as r(consumer text, event_id uuid, record_key text, "
                                    + "source text, type text, subject text, sequence bigint, gemeente text, dataschema text, "
                                    + "correlation_id uuid, event_time timestamptz, data text) "
                                    + "order by e.n on conflict do nothing")
                            .setParameter("rows", rows.toString())
                            .executeUpdate())
                    .chain(claimed -> claimed == expected ? Uni.createFrom().voidItem()
                            : Uni.createFrom().failure(new ClaimedMeanwhile(expected, claimed)));
        }
    }
}
