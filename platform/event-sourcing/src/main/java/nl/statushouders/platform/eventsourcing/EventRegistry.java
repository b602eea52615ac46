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

    public static <E> EventRegistry<E> create() {
        return new EventRegistry<>();
    }

    public EventRegistry<E> register(Class<? extends E> javaType, int schemaVersion) {
        EventType type = new EventType(javaType, javaType.getSimpleName(), schemaVersion);
        byClass.put(javaType, type);
        byName.put(type.name(), type);
        return this;
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

    @SuppressWarnings("unchecked")
    public E decode(ObjectMapper mapper, String name, int storedVersion, String payload) {
        EventType type = byName.get(name);
        if (type == null) {
            throw new IllegalStateException("Unknown stored event type " + name);
        }
        try {
            ObjectNode json = (ObjectNode) mapper.readTree(payload);
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
