package nl.statushouders.platform.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Applies an event at most once per consumer: the applied id is stored in the same
 * transaction as the read-model change, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /** Runs {@code apply} in a transaction unless this consumer already applied the event; true when applied now. */
    public Uni<Boolean> applyOnce(String consumer, UUID eventId, Supplier<Uni<Void>> apply) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.find(ProcessedEvent.class, new ProcessedEvent.Key(consumer, eventId)))
                .chain(seen -> {
                    if (seen != null) {
                        return Uni.createFrom().item(false);
                    }
                    ProcessedEvent marker = new ProcessedEvent();
                    marker.consumer = consumer;
                    marker.eventId = eventId;
                    marker.processedAt = Instant.now();
                    return apply.get()
                            .chain(() -> Panache.getSession().chain(s -> s.persist(marker)))
                            .replaceWith(true);
                }));
    }
}
