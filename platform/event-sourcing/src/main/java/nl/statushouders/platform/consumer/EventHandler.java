package nl.statushouders.platform.consumer;

import io.smallrye.mutiny.Uni;

/**
 * What a service does with an event it consumes; one bean per service. Must be idempotent
 * ({@link IdempotentConsumer}): {@link EventRecords} retries it after a passing failure and the
 * re-drive applies parked events through it again.
 */
public interface EventHandler {

    Uni<?> apply(CloudEvent event);

    /**
     * Before a batch is applied, in its transaction: a chance to load and lock the rows its events
     * will change in one statement ({@link ReadModelRows#lockAll}), instead of one per event.
     */
    default Uni<Void> prepare(java.util.List<CloudEvent> batch) {
        return Uni.createFrom().voidItem();
    }
}
