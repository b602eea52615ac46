package nl.statushouders.platform.rebuild;

import io.smallrye.mutiny.Uni;
import nl.statushouders.platform.eventsourcing.EventRegistry;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.RecordedEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A read model with one row per aggregate, rebuilt from the aggregate's own stream in the event store. */
public abstract class StreamReadModel<R, E> extends RowReadModel<R, RecordedEvent<E>> {

    private final EventStore store;
    private final String streamType;
    private final EventRegistry<E> registry;

    protected StreamReadModel(Class<R> rowType, Function<R, UUID> id, EventStore store, String streamType,
                              EventRegistry<E> registry) {
        super(rowType, id);
        this.store = store;
        this.streamType = streamType;
        this.registry = registry;
    }

    @Override
    public Uni<Long> events() {
        return store.count(streamType);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return store.streamIds(streamType, after, limit);
    }

    @Override
    protected Uni<Map<String, List<RecordedEvent<E>>>> history(List<String> keys) {
        return store.loadAll(keys, registry).map(streams -> {
            Map<String, List<RecordedEvent<E>>> perStream = new LinkedHashMap<>();
            streams.forEach(stream -> perStream.put(stream.streamId(), stream.events()));
            return perStream;
        });
    }
}
