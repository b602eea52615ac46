package nl.statushouders.platform.eventsourcing;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Function;

/**
 * Load, decide, append: the one way a command changes an aggregate. The caller runs it inside
 * {@link EventStore#inTransaction} so its read-model updates commit with the events.
 */
public final class CommandHandler<C, S, E> {

    /** The outcome: the state after the command, its new version and the recorded events. */
    public record Result<S, E>(S state, long version, List<RecordedEvent<E>> events) {
    }

    private final EventStore store;
    private final Decider<C, S, E> decider;
    private final EventRegistry<E> registry;
    private final String streamType;
    private final Function<S, String> recordKey;

    /**
     * @param recordKey the Kafka record key of the aggregate's events, from its state after the
     *                  command (the statushouder id where the aggregate concerns one person)
     */
    public CommandHandler(EventStore store, Decider<C, S, E> decider, EventRegistry<E> registry, String streamType,
                          Function<S, String> recordKey) {
        this.store = store;
        this.decider = decider;
        this.registry = registry;
        this.streamType = streamType;
        this.recordKey = recordKey;
    }

    public Uni<S> load(String streamId) {
        return store.load(streamId, registry).map(stream -> decider.fold(stream.domainEvents()));
    }

    public Uni<EventStream<E>> stream(String streamId) {
        return store.load(streamId, registry);
    }

    /**
     * Handles a command against the current stream. With {@code expectedVersion} set (an
     * If-Match from the client) a stream that moved on fails the precondition (412) before
     * deciding; a write that loses a race after loading is a conflict (409).
     */
    public Uni<Result<S, E>> handle(String streamId, Long expectedVersion, C command, EventMetadata metadata) {
        return store.load(streamId, registry).chain(stream -> {
            if (expectedVersion != null && expectedVersion != stream.version()) {
                return Uni.createFrom().failure(new PreconditionFailedException("U wijzigt versie " + expectedVersion
                        + ", maar de huidige versie is " + stream.version() + ". Haal de gegevens opnieuw op."));
            }
            S state = decider.fold(stream.domainEvents());
            List<E> events = decider.decide(command, state);
            S next = state;
            for (E event : events) {
                next = decider.evolve(next, event);
            }
            S after = next;
            if (events.isEmpty()) {
                return Uni.createFrom().item(new Result<S, E>(after, stream.version(), List.of()));
            }
            return store.append(streamType, streamId, stream.version(), events, metadata, recordKey.apply(after), registry)
                    .map(recorded -> new Result<>(after, stream.version() + recorded.size(), recorded));
        });
    }
}
