package nl.statushouders.platform.eventsourcing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Names, schema versions and upcasters of one event family. The stored type name is the
 * record's simple name (StatushouderRegistered); an old payload version is upcast step by
 * step on read, never rewritten in the store.
 */
public final class EventRegistry<E> {

    public record EventType(Class<?> javaType, String name, int schemaVersion) {
    }

    private record Upcaster(int fromVersion, UnaryOperator<ObjectNode> step) {
    }

    private final Map<Class<?>, EventType> byClass = new HashMap<>();
    private final Map<String, EventType> byName = new HashMap<>();
    private final Map<String, List<Upcaster>> upcasters = new HashMap<>();
    private final Map<String, List<String>> persoonlijk = new HashMap<>();

    public static <E> EventRegistry<E> create() {
        return new EventRegistry<>();
    }

    public EventRegistry<E> register(Class<? extends E> javaType, int schemaVersion) {
        EventType type = new EventType(javaType, javaType.getSimpleName(), schemaVersion);
        byClass.put(javaType, type);
        byName.put(type.name(), type);
        return this;
    }

    /**
     * The payload fields of this type that say something about the person (names, dates, free texts,
     * assessment contents): stored and published encrypted with the person's key (crypto-shredding).
     * An event of such a type must be appended with the statushouder id as its record key.
     */
    public EventRegistry<E> persoonlijk(Class<? extends E> javaType, String... velden) {
        if (javaType.isRecord()) {
            var components = java.util.Arrays.stream(javaType.getRecordComponents()).map(c -> c.getName()).toList();
            for (String veld : velden) {
                if (!components.contains(veld)) {
                    throw new IllegalArgumentException(javaType.getSimpleName() + " has no field " + veld);
                }
            }
        }
        persoonlijk.put(javaType.getSimpleName(), List.of(velden));
        return this;
    }

    /** The personal fields of a stored type name; empty when it has none. */
    public List<String> persoonlijkeVelden(String name) {
        return persoonlijk.getOrDefault(name, List.of());
    }

    /** Turns a payload of {@code fromVersion} into {@code fromVersion + 1}. */
    public EventRegistry<E> upcaster(Class<? extends E> javaType, int fromVersion, UnaryOperator<ObjectNode> step) {
        upcasters.computeIfAbsent(javaType.getSimpleName(), n -> new ArrayList<>()).add(new Upcaster(fromVersion, step));
        return this;
    }

    public EventType typeOf(E event) {
        EventType type = byClass.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Unregistered event type " + event.getClass().getName());
        }
        return type;
    }

    public java.util.Collection<EventType> types() {
        return byName.values();
    }

    public String encode(ObjectMapper mapper, E event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + typeOf(event).name(), e);
        }
    }

    public ObjectNode encodeTree(ObjectMapper mapper, E event) {
        return mapper.valueToTree(event);
    }

    @SuppressWarnings("unchecked")
    public E decode(ObjectMapper mapper, String name, int storedVersion, String payload) {
        try {
            return decode(mapper, name, storedVersion, (ObjectNode) mapper.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read stored event " + name + " v" + storedVersion, e);
        }
    }

    /** A stored payload (its personal fields decrypted) as the current version of its type. */
    @SuppressWarnings("unchecked")
    public E decode(ObjectMapper mapper, String name, int storedVersion, ObjectNode payload) {
        EventType type = byName.get(name);
        if (type == null) {
            throw new IllegalStateException("Unknown stored event type " + name);
        }
        try {
            ObjectNode json = payload;
            for (int v = storedVersion; v < type.schemaVersion(); v++) {
                json = upcasterFor(name, v).step().apply(json);
            }
            return (E) mapper.treeToValue(json, type.javaType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read stored event " + name + " v" + storedVersion, e);
        }
    }

    private Upcaster upcasterFor(String name, int fromVersion) {
        return upcasters.getOrDefault(name, List.of()).stream()
                .filter(u -> u.fromVersion() == fromVersion)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No upcaster for " + name + " v" + fromVersion));
    }
}
