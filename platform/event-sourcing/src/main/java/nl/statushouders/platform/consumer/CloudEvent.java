package nl.statushouders.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An event as a consumer receives it from Kafka (structured-mode CloudEvent). Read
 * tolerantly: unknown attributes and payload fields are ignored. {@code data} is what handlers read
 * (personal fields decrypted once {@link #withData} was applied); {@code wireData} is the payload as it
 * travelled, personal fields still encrypted: what a consumer keeps as history, so that destroying the
 * person's key erases that copy too.
 */
public record CloudEvent(UUID id, String source, String type, Instant time, String subject, long sequence,
                         String gemeente, String dataschema, JsonNode data, UUID correlationId, String traceparent,
                         String tracestate, JsonNode wireData) {

    /** An event as it travelled: data and wire data are the same. */
    public CloudEvent(UUID id, String source, String type, Instant time, String subject, long sequence, String gemeente,
                      String dataschema, JsonNode data, UUID correlationId, String traceparent, String tracestate) {
        this(id, source, type, time, subject, sequence, gemeente, dataschema, data, correlationId, traceparent, tracestate, data);
    }

    /** This event with its payload as the handlers read it (decrypted); the wire data stays as it was. */
    public CloudEvent withData(JsonNode plain) {
        return new CloudEvent(id, source, type, time, subject, sequence, gemeente, dataschema, plain, correlationId,
                traceparent, tracestate, wireData);
    }

    /** An event without trace context (a stored history, a test). */
    public CloudEvent(UUID id, String source, String type, Instant time, String subject, long sequence, String gemeente,
                      String dataschema, JsonNode data, UUID correlationId) {
        this(id, source, type, time, subject, sequence, gemeente, dataschema, data, correlationId, null, null);
    }

    public static CloudEvent parse(ObjectMapper mapper, String json) {
        try {
            JsonNode n = mapper.readTree(json);
            require(n, "id", "source", "type", "time", "subject", "gemeente", "data");
            if (!"1.0".equals(n.path("specversion").asText())) {
                throw new MalformedEventException("specversion must be 1.0");
            }
            return new CloudEvent(UUID.fromString(n.get("id").asText()), n.get("source").asText(), n.get("type").asText(),
                    // PostgreSQL keeps microseconds: normalise here, so a projection rebuilt from stored
                    // history equals the one built from the live event.
                    Instant.parse(n.get("time").asText()).truncatedTo(ChronoUnit.MICROS), n.get("subject").asText(), n.path("sequence").asLong(0),
                    n.get("gemeente").asText(), n.path("dataschema").asText(null), n.get("data"),
                    n.hasNonNull("correlationid") ? UUID.fromString(n.get("correlationid").asText()) : null,
                    n.path("traceparent").asText(null), n.path("tracestate").asText(null));
        } catch (JsonProcessingException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new MalformedEventException("not a readable CloudEvent: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Metadata for what this event causes here: the same correlation id from the first command to the
     * last effect, this event as the cause.
     */
    public nl.statushouders.platform.eventsourcing.EventMetadata causes(String gemeente, String actor) {
        return new nl.statushouders.platform.eventsourcing.EventMetadata(gemeente, actor,
                correlationId != null ? correlationId : id, id);
    }

    /**
     * This event with only these payload fields: what a consumer keeps of another service's event
     * (received_event) is what its read model needs, not the names and dates it has no use for.
     */
    public CloudEvent keeping(java.util.Collection<String> fields) {
        return new CloudEvent(id, source, type, time, subject, sequence, gemeente, dataschema, only(data, fields), correlationId,
                traceparent, tracestate, only(wireData, fields));
    }

    private static JsonNode only(JsonNode payload, java.util.Collection<String> fields) {
        com.fasterxml.jackson.databind.node.ObjectNode kept = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        fields.forEach(field -> {
            if (payload.has(field)) {
                kept.set(field, payload.get(field));
            }
        });
        return kept;
    }

    /** The event name at the end of the type: nl.statushouders.intake.werkgesprek-held -> werkgesprek-held. */
    public String eventName() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static void require(JsonNode n, String... attributes) {
        for (String attribute : attributes) {
            if (n.get(attribute) == null || n.get(attribute).isNull()) {
                throw new MalformedEventException("missing attribute " + attribute);
            }
        }
    }

    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
