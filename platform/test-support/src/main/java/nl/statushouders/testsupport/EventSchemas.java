package nl.statushouders.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published JSON Schemas of event payloads (docs/events/schemas), for producer tests:
 * a CloudEvent's dataschema names the file its data must match.
 */
public final class EventSchemas {

    private static final String BASE = "https://statushouders.nl/schemas/events/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    /** Validation errors of the CloudEvent's data against its dataschema; empty when valid. */
    public static List<String> validate(JsonNode cloudEvent) {
        String dataschema = cloudEvent.path("dataschema").asText();
        if (!dataschema.startsWith(BASE)) {
            return List.of("dataschema " + dataschema + " is not under " + BASE);
        }
        Path file = Path.of("..", "docs", "events", "schemas").resolve(dataschema.substring(BASE.length()));
        try {
            Schema schema = REGISTRY.getSchema(Files.readString(file));
            return schema.validate(cloudEvent.get("data")).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No published schema " + file, e);
        }
    }
}
