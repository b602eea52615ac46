package nl.statushouders.platform.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Applies an event at most once per consumer, and keeps it as history for rebuilds. The first step
 * of the transaction claims the event by inserting it into {@code received_event}
 * ({@code insert ... on conflict do nothing}); the claim commits together with the read-model
 * change or not at all. A duplicate delivered at the same moment (a rebalance) waits on the first
 * claim and then finds it taken: it is skipped, never failed or dead-lettered.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /**
     * Runs {@code apply} in a transaction unless this consumer already applied the event; true when
     * applied now. {@code key}: whose history the event belongs to (the statushouder id), the unit a
     * rebuild refolds.
     */
    public Uni<Boolean> applyOnce(String consumer, CloudEvent event, Object key, Supplier<Uni<Void>> apply) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into received_event (consumer, event_id, record_key, source, type, "
                                + "subject, sequence, gemeente, dataschema, correlation_id, event_time, data, received_at) "
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
                        .setParameter("data", event.data().toString())
                        .executeUpdate())
                .chain(claimed -> claimed == 0
                        ? Uni.createFrom().item(false)
                        : apply.get().replaceWith(true)));
    }
}
