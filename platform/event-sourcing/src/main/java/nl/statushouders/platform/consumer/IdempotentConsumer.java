package nl.statushouders.platform.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Applies an event at most once per consumer. The first step of the transaction claims the event
 * id ({@code insert ... on conflict do nothing}); the claim commits together with the read-model
 * change or not at all. A duplicate delivered at the same moment (a rebalance) waits on the first
 * claim and then finds it taken: it is skipped, never failed or dead-lettered.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /** Runs {@code apply} in a transaction unless this consumer already applied the event; true when applied now. */
    public Uni<Boolean> applyOnce(String consumer, UUID eventId, Supplier<Uni<Void>> apply) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) "
                                + "values (:consumer, :eventId, now()) on conflict do nothing")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", eventId)
                        .executeUpdate())
                .chain(claimed -> claimed == 0
                        ? Uni.createFrom().item(false)
                        : apply.get().replaceWith(true)));
    }
}
