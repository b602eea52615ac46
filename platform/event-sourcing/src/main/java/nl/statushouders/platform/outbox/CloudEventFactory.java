package nl.statushouders.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.config.EventsConfig;
import nl.statushouders.platform.eventsourcing.StoredEvent;

import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Renders a stored event as a structured-mode CloudEvent 1.0 following the NL GOV profile:
 * reverse-DNS type, subject = aggregate id, sequence = stream version, gemeente extension.
 */
@ApplicationScoped
public class CloudEventFactory {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final EventsConfig config;
    private final ObjectMapper mapper;

    public CloudEventFactory(EventsConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    public String typeOf(String eventName) {
        return config.typePrefix() + "." + kebab(eventName);
    }

    public String render(StoredEvent event) {
        try {
            ObjectNode ce = mapper.createObjectNode();
            ce.put("specversion", "1.0");
            ce.put("id", event.eventId.toString());
            ce.put("source", config.source());
            ce.put("type", typeOf(event.eventType));
            ce.put("time", DateTimeFormatter.ISO_INSTANT.format(event.recordedAt.truncatedTo(ChronoUnit.MICROS)));
            ce.put("subject", event.streamId);
            ce.put("dataschema", config.dataschemaBase() + "/" + kebab(event.eventType) + "/v" + event.schemaVersion + ".json");
            ce.put("datacontenttype", "application/json");
            ce.put("sequence", Long.toString(event.version));
            ce.put("sequencetype", "Integer");
            ce.put("gemeente", event.gemeente);
            if (event.correlationId != null) {
                ce.put("correlationid", event.correlationId.toString());
            }
            if (event.causationId != null) {
                ce.put("causationid", event.causationId.toString());
            }
            // Rendered in the appending transaction, so the span of the command (or of the consumed event
            // that caused it) is current: the trace continues wherever this event is consumed.
            nl.statushouders.platform.tracing.EventTracing.current().forEach(ce::put);
            ce.set("data", mapper.readTree(event.payload));
            return mapper.writeValueAsString(ce);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** StatushouderRegistered -> statushouder-registered. */
    public static String kebab(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
