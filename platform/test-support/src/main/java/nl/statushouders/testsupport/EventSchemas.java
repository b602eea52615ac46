package nl.statushouders.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import nl.statushouders.platform.sleutels.Persoonsgegevens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published JSON Schemas of event payloads (docs/events/schemas), for producer tests:
 * a CloudEvent's dataschema names the file its data must match. A schema describes the payload as
 * the platform's consumers read it: personal fields travel encrypted with the person's key and are
 * validated decrypted.
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
            return schema.validate(ontsleuteld(cloudEvent).get("data")).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No published schema " + file, e);
        }
    }

    /**
     * The CloudEvent with its personal fields decrypted by the service under test's key store (a
     * {@code @QuarkusTest}); as it was if none is encrypted.
     */
    public static JsonNode ontsleuteld(JsonNode cloudEvent) {
        JsonNode data = cloudEvent.get("data");
        boolean encrypted = data != null && data.isObject() && data.properties().stream()
                .anyMatch(e -> e.getValue().isTextual() && e.getValue().asText().startsWith("vsl:1:"));
        if (!encrypted) {
            return cloudEvent;
        }
        var persoonsgegevens = io.quarkus.arc.Arc.container().instance(Persoonsgegevens.class).get();
        com.fasterxml.jackson.databind.node.ObjectNode copy = cloudEvent.deepCopy();
        copy.set("data", persoonsgegevens.ontsleutel(data).await().atMost(java.time.Duration.ofSeconds(10)));
        return copy;
    }
}
