package nl.statushouders.platform.rebuild;

import io.smallrye.mutiny.Uni;
import nl.statushouders.platform.consumer.CloudEvent;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A read model with one row per statushouder, rebuilt from what a consumer kept of other services'
 * events. Only the read-model part is refolded: effects the events caused through commands are in
 * the service's own event store and are never asked for again.
 */
public abstract class ReceivedReadModel<R> extends RowReadModel<R, CloudEvent> {

    private final ReceivedEvents received;
    private final String consumer;

    protected ReceivedReadModel(Class<R> rowType, Function<R, UUID> id, ReceivedEvents received, String consumer) {
        super(rowType, id);
        this.received = received;
        this.consumer = consumer;
    }

    @Override
    public Uni<Long> events() {
        return received.count(consumer);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return received.keys(consumer, after, limit);
    }

    @Override
    protected Uni<Map<String, List<CloudEvent>>> history(List<String> keys) {
        return received.of(consumer, keys);
    }
}
