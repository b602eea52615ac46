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
    private final Snapshots<S> snapshots;
    private final io.micrometer.core.instrument.DistributionSummary folded;

    /**
     * @param recordKey the Kafka record key of the aggregate's events, from its state after the
     *                  command (the statushouder id where the aggregate concerns one person)
     */
    public CommandHandler(EventStore store, Decider<C, S, E> decider, EventRegistry<E> registry, String streamType,
                          Function<S, String> recordKey) {
        this(store, decider, registry, streamType, recordKey, null);
    }

    private CommandHandler(EventStore store, Decider<C, S, E> decider, EventRegistry<E> registry, String streamType,
                           Function<S, String> recordKey, Snapshots<S> snapshots) {
        this.store = store;
        this.decider = decider;
        this.registry = registry;
        this.streamType = streamType;
        this.recordKey = recordKey;
        this.snapshots = snapshots;
        // How many events a command folds: with snapshots at most about their interval.
        this.folded = io.micrometer.core.instrument.DistributionSummary.builder("platform.command.events.folded")
                .description("Events folded to decide one command")
                .tag("stream_type", streamType)
                .register(io.micrometer.core.instrument.Metrics.globalRegistry);
    }

    /** The same handler, keeping a snapshot of the state every so many events (large aggregates). */
    public CommandHandler<C, S, E> withSnapshots(Snapshots<S> snapshots) {
        return new CommandHandler<>(store, decider, registry, streamType, recordKey, snapshots);
    }

    public Uni<S> load(String streamId) {
        return current(streamId).map(Current::state);
    }

    private record Current<S>(S state, long version) {
    }

    private Uni<Current<S>> current(String streamId) {
        if (snapshots == null) {
            return store.load(streamId, registry).map(stream -> {
                folded.record(stream.events().size());
                return new Current<>(decider.fold(stream.domainEvents()), stream.version());
            });
        }
        return store.loadFromSnapshot(streamId, registry, snapshots).map(from -> {
            S state = from.state() != null ? from.state() : decider.initialState();
            for (RecordedEvent<E> recorded : from.tail()) {
                state = decider.evolve(state, recorded.event());
            }
            folded.record(from.tail().size());
            return new Current<>(state, from.currentVersion());
        });
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
        return current(streamId).chain(stream -> {
            if (expectedVersion != null && expectedVersion != stream.version()) {
                return Uni.createFrom().failure(new PreconditionFailedException("U wijzigt versie " + expectedVersion
                        + ", maar de huidige versie is " + stream.version() + ". Haal de gegevens opnieuw op."));
            }
            return decideAndAppend(streamId, stream, command, metadata);
        });
    }

    /**
     * Handles a command that starts a new stream (a fresh server-made id) without reading it first:
     * decided on the initial state and appended at version 0. Should the stream exist after all, the
     * unique (stream, version) index refuses the append as a conflict, as for any lost race.
     */
    public Uni<Result<S, E>> handleNew(String streamId, C command, EventMetadata metadata) {
        return decideAndAppend(streamId, new Current<>(decider.initialState(), 0), command, metadata);
    }

    private Uni<Result<S, E>> decideAndAppend(String streamId, Current<S> stream, C command, EventMetadata metadata) {
        S state = stream.state();
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
                .chain(recorded -> {
                    long version = stream.version() + recorded.size();
                    Uni<Void> snapshot = snapshots != null && snapshots.due(stream.version(), version)
                            ? store.saveSnapshot(streamId, version, after, snapshots) : Uni.createFrom().voidItem();
                    return snapshot.replaceWith(new Result<>(after, version, recorded));
                });
    }
}
