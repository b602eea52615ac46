package nl.statushouders.platform.eventsourcing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.config.EventsConfig;
import nl.statushouders.platform.outbox.CloudEventFactory;
import nl.statushouders.platform.outbox.OutboxEntry;
import nl.statushouders.platform.outbox.OutboxRelay;
import nl.statushouders.platform.sleutels.Persoonsgegevens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The service's event store on PostgreSQL (Hibernate Reactive). Appends check the expected
 * stream version, and the unique (stream_id, version) index catches the race in between:
 * either way a stale write ends in a {@link ConflictException}. Each appended event gets its
 * outbox row in the same transaction.
 */
@ApplicationScoped
public class EventStore {

    static final String VERSION_CONSTRAINT = "event_store_stream_version";

    private final ObjectMapper mapper;
    private final CloudEventFactory cloudEvents;
    private final EventsConfig config;
    private final OutboxRelay relay;
    private final Persoonsgegevens persoonsgegevens;

    public EventStore(ObjectMapper mapper, CloudEventFactory cloudEvents, EventsConfig config, OutboxRelay relay,
                      Persoonsgegevens persoonsgegevens) {
        this.mapper = mapper;
        this.cloudEvents = cloudEvents;
        this.config = config;
        this.relay = relay;
        this.persoonsgegevens = persoonsgegevens;
    }

    /**
     * Runs work in one transaction; once it committed, the outbox relay is woken. A transaction that
     * lost an optimistic-concurrency race is run again from the start on the new state (a few times):
     * a client that sent no If-Match did not ask to be told about a writer it never saw. With an
     * If-Match the rerun finds the stream moved on and answers 412, as it should.
     */
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(work))
                .onFailure(e -> e instanceof ConflictException c && c.isStaleVersion())
                .retry().atMost(config.commandRetries())
                .invoke(relay::wakeUp);
    }

    public <E> Uni<EventStream<E>> load(String streamId, EventRegistry<E> registry) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "from StoredEvent e where e.streamId = :id order by e.version", StoredEvent.class)
                        .setParameter("id", streamId)
                        .setReadOnly(true)
                        .getResultList())
                .chain(rows -> decodeAll(rows, registry).map(events -> {
                    long version = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).version;
                    return new EventStream<>(streamId, version, events);
                }));
    }

    /**
     * A stream from a snapshot on: the snapshot's state (when there is one of this state version) and
     * the events after it. Without a usable snapshot, the whole stream and no state.
     */
    public <E, S> Uni<SnapshotStream<S, E>> loadFromSnapshot(String streamId, EventRegistry<E> registry, Snapshots<S> snapshots) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                                "select version, state from snapshot where stream_id = :id and state_version = :stateVersion",
                                Object[].class)
                        .setParameter("id", streamId)
                        .setParameter("stateVersion", snapshots.stateVersion())
                        .getResultList())
                .chain(rows -> {
                    S state = null;
                    long from = 0;
                    if (!rows.isEmpty()) {
                        try {
                            state = mapper.readValue((String) rows.get(0)[1], snapshots.type());
                            from = ((Number) rows.get(0)[0]).longValue();
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            state = null; // unreadable: fold from the start
                        }
                    }
                    S snapshot = state;
                    long version = from;
                    return Panache.getSession().chain(s -> s.createSelectionQuery(
                                    "from StoredEvent e where e.streamId = :id and e.version > :from order by e.version", StoredEvent.class)
                            .setParameter("id", streamId)
                            .setParameter("from", version)
                            .setReadOnly(true)
                            .getResultList())
                            .chain(tail -> decodeAll(tail, registry))
                            .map(tail -> new SnapshotStream<>(snapshot, version, tail));
                });
    }

    /** Keeps the state at this version, in the command's transaction; an older snapshot never replaces a newer one. */
    public <S> Uni<Void> saveSnapshot(String streamId, long version, S state, Snapshots<S> snapshots) {
        String json;
        try {
            json = mapper.writeValueAsString(state);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("snapshot of " + snapshots.type().getSimpleName()
                    + " cannot be written", e));
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into snapshot (stream_id, version, state_version, "
                        + "state, taken_at) values (:id, :version, :stateVersion, :state, now()) on conflict (stream_id) do update "
                        + "set version = excluded.version, state_version = excluded.state_version, state = excluded.state, "
                        + "taken_at = excluded.taken_at where snapshot.version < excluded.version "
                        + "or snapshot.state_version <> excluded.state_version")
                .setParameter("id", streamId)
                .setParameter("version", version)
                .setParameter("stateVersion", snapshots.stateVersion())
                .setParameter("state", json)
                .executeUpdate()).replaceWithVoid();
    }

    /** A snapshot's state (null: none usable) at {@code version}, and the events after it. */
    public record SnapshotStream<S, E>(S state, long version, List<RecordedEvent<E>> tail) {

        public long currentVersion() {
            return tail.isEmpty() ? version : tail.get(tail.size() - 1).version();
        }
    }

    /** For rebuilds: up to {@code limit} stream ids of a type after {@code after} (null: the first), in order. */
    public Uni<List<String>> streamIds(String streamType, String after, int limit) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select distinct e.streamId from StoredEvent e where e.streamType = :type and e.streamId > :after "
                                + "order by e.streamId", String.class)
                .setParameter("type", streamType)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(limit)
                .getResultList());
    }

    /** For rebuilds: how many events streams of this type hold. */
    public Uni<Long> count(String streamType) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select count(e) from StoredEvent e where e.streamType = :type", Long.class)
                .setParameter("type", streamType)
                .getSingleResult());
    }

    /** For rebuilds: several streams in one query, in the order of {@code streamIds}; an unknown id gives an empty stream. */
    public <E> Uni<List<EventStream<E>>> loadAll(List<String> streamIds, EventRegistry<E> registry) {
        if (streamIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "from StoredEvent e where e.streamId in :ids order by e.streamId, e.version", StoredEvent.class)
                        .setParameter("ids", streamIds)
                        .setReadOnly(true) // events are never changed: no snapshot, no dirty check at flush
                        .getResultList())
                .chain(rows -> decodeAll(rows, registry))
                .map(decoded -> {
                    java.util.Map<String, List<RecordedEvent<E>>> perStream = new java.util.HashMap<>();
                    decoded.forEach(r -> perStream.computeIfAbsent(r.streamId(), k -> new ArrayList<>()).add(r));
                    return streamIds.stream().map(id -> {
                        List<RecordedEvent<E>> events = perStream.getOrDefault(id, List.of());
                        return new EventStream<>(id, events.isEmpty() ? 0 : events.get(events.size() - 1).version(), events);
                    }).toList();
                });
    }

    /**
     * Appends events to a stream that must be at {@code expectedVersion} (0: a new stream).
     * Must run inside {@link #inTransaction}; the read models of the caller join that transaction.
     */
    public <E> Uni<List<RecordedEvent<E>>> append(String streamType, String streamId, long expectedVersion,
                                                  List<? extends E> events, EventMetadata metadata, String recordKey,
                                                  EventRegistry<E> registry) {
        // No separate max(version) query: the caller loaded the stream at expectedVersion, and the unique
        // (stream_id, version) index rejects the first event if another writer got there first. No ORM
        // session either: one statement writes the events and their outbox rows.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<com.fasterxml.jackson.databind.node.ObjectNode> payloads = new ArrayList<>();
        List<List<String>> personal = new ArrayList<>();
        for (E event : events) {
            payloads.add(registry.encodeTree(mapper, event));
            personal.add(registry.persoonlijkeVelden(registry.typeOf(event).name()));
        }
        return persoonsgegevens.versleutel(payloads, personal, personal.stream().allMatch(List::isEmpty) ? null : persoon(recordKey))
                .chain(encrypted -> {
                    List<StoredEvent> rows = new ArrayList<>();
                    List<OutboxEntry> outbox = new ArrayList<>();
                    List<RecordedEvent<E>> recorded = new ArrayList<>();
                    long version = expectedVersion;
                    for (int i = 0; i < events.size(); i++) {
                        version++;
                        StoredEvent row = toRow(streamType, streamId, version, events.get(i), encrypted.get(i).toString(),
                                metadata, now, registry);
                        rows.add(row);
                        outbox.add(toOutbox(row, recordKey));
                        recorded.add(new RecordedEvent<>(row.eventId, streamId, version, now, events.get(i), metadata));
                    }
                    return write(streamId, expectedVersion, rows, outbox, recorded);
                });
    }

    private <E> Uni<List<RecordedEvent<E>>> write(String streamId, long expectedVersion, List<StoredEvent> rows,
                                                  List<OutboxEntry> outbox, List<RecordedEvent<E>> recorded) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(APPEND).setParameter("rows", appendRows(rows, outbox)).executeUpdate())
                .onFailure(e -> Constraints.violated(e, VERSION_CONSTRAINT))
                .transform(e -> ConflictException.staleVersion(streamId, expectedVersion, expectedVersion + 1))
                .replaceWith(recorded);
    }

    /**
     * The events and their outbox rows in one statement, one round trip: the rows travel as one JSON
     * array, inserted in its order (position and outbox id follow the stream's versions).
     */
    private static final String APPEND = "with r as (select e.n, x.* from jsonb_array_elements(cast(cast(:rows as text) as jsonb)) "
            + "with ordinality as e(row, n) cross join lateral jsonb_to_record(e.row) as x(stream_id text, stream_type text, "
            + "version bigint, event_id uuid, event_type text, schema_version int, payload text, gemeente text, actor text, "
            + "correlation_id uuid, causation_id uuid, recorded_at timestamptz, topic text, record_key text, cloud_event text)), "
            + "stored as (insert into event_store (stream_id, stream_type, version, event_id, event_type, schema_version, payload, "
            + "gemeente, actor, correlation_id, causation_id, recorded_at) select stream_id, stream_type, version, event_id, "
            + "event_type, schema_version, payload, gemeente, actor, correlation_id, causation_id, recorded_at from r order by n "
            + "returning event_id) "
            + "insert into outbox (event_id, topic, record_key, cloud_event, created_at) "
            + "select r.event_id, r.topic, r.record_key, r.cloud_event, r.recorded_at from r join stored using (event_id) order by r.n";

    private String appendRows(List<StoredEvent> rows, List<OutboxEntry> outbox) {
        com.fasterxml.jackson.databind.node.ArrayNode array = mapper.createArrayNode();
        for (int i = 0; i < rows.size(); i++) {
            StoredEvent row = rows.get(i);
            OutboxEntry entry = outbox.get(i);
            array.addObject()
                    .put("stream_id", row.streamId)
                    .put("stream_type", row.streamType)
                    .put("version", row.version)
                    .put("event_id", row.eventId.toString())
                    .put("event_type", row.eventType)
                    .put("schema_version", row.schemaVersion)
                    .put("payload", row.payload)
                    .put("gemeente", row.gemeente)
                    .put("actor", row.actor)
                    .put("correlation_id", row.correlationId == null ? null : row.correlationId.toString())
                    .put("causation_id", row.causationId == null ? null : row.causationId.toString())
                    .put("recorded_at", row.recordedAt.toString())
                    .put("topic", entry.topic)
                    .put("record_key", entry.recordKey)
                    .put("cloud_event", entry.cloudEvent);
        }
        return array.toString();
    }

    /** Whose key encrypts an event's personal fields: the record key, the statushouder id (DESIGN section 3). */
    private static java.util.UUID persoon(String recordKey) {
        try {
            return java.util.UUID.fromString(recordKey);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("an event with personal fields needs the statushouder id as its record key");
        }
    }

    private <E> StoredEvent toRow(String streamType, String streamId, long version, E event, String payload,
                                  EventMetadata md, Instant now, EventRegistry<E> registry) {
        EventRegistry.EventType type = registry.typeOf(event);
        StoredEvent row = new StoredEvent();
        row.streamId = streamId;
        row.streamType = streamType;
        row.version = version;
        row.eventId = UUID.randomUUID();
        row.eventType = type.name();
        row.schemaVersion = type.schemaVersion();
        row.payload = payload;
        row.gemeente = md.gemeente();
        row.actor = md.actor();
        row.correlationId = md.correlationId();
        row.causationId = md.causationId();
        row.recordedAt = now;
        return row;
    }

    private OutboxEntry toOutbox(StoredEvent row, String recordKey) {
        OutboxEntry entry = new OutboxEntry();
        entry.eventId = row.eventId;
        entry.topic = config.topic();
        entry.recordKey = recordKey;
        entry.cloudEvent = cloudEvents.render(row);
        entry.createdAt = row.recordedAt;
        return entry;
    }

    /** Stored rows as events, their personal fields decrypted (one key lookup for all persons of the rows). */
    private <E> Uni<List<RecordedEvent<E>>> decodeAll(List<StoredEvent> rows, EventRegistry<E> registry) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<com.fasterxml.jackson.databind.JsonNode> payloads = new ArrayList<>(rows.size());
        for (StoredEvent row : rows) {
            try {
                payloads.add(mapper.readTree(row.payload));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Cannot read stored event " + row.eventType + " v" + row.schemaVersion, e);
            }
        }
        return persoonsgegevens.ontsleutel(payloads).map(plain -> {
            List<RecordedEvent<E>> events = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                StoredEvent row = rows.get(i);
                E event = registry.decode(mapper, row.eventType, row.schemaVersion,
                        (com.fasterxml.jackson.databind.node.ObjectNode) plain.get(i));
                events.add(new RecordedEvent<>(row.eventId, row.streamId, row.version, row.recordedAt, event, row.metadata()));
            }
            return events;
        });
    }
}
