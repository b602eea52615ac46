package nl.statushouders.platform.sleutels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.CloudEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Encrypts the personal fields of an event payload with the person's key before it is stored or
 * published, and decrypts them for whoever reads it in the platform. A field whose key was destroyed
 * (the person was erased) reads as null: the event is still there, what it said about the person is not.
 */
@ApplicationScoped
public class Persoonsgegevens {

    private final Sleutelkluis kluis;
    private final Veldversleuteling velden;

    public Persoonsgegevens(Sleutelkluis kluis, ObjectMapper mapper) {
        this.kluis = kluis;
        this.velden = new Veldversleuteling(mapper);
    }

    /**
     * Each payload's named top-level fields, encrypted for {@code persoon}. If the person's key was destroyed
     * the fields are left out (null): nothing new is written about an erased person.
     */
    public Uni<List<ObjectNode>> versleutel(List<ObjectNode> payloads, List<? extends Collection<String>> namen, UUID persoon) {
        boolean any = namen.stream().anyMatch(n -> !n.isEmpty());
        if (!any) {
            return Uni.createFrom().item(payloads);
        }
        return kluis.sleutelVoor(persoon).map(sleutel -> {
            for (int i = 0; i < payloads.size(); i++) {
                ObjectNode payload = payloads.get(i);
                for (String veld : namen.get(i)) {
                    JsonNode waarde = payload.get(veld);
                    if (waarde != null && !waarde.isNull()) {
                        payload.set(veld, sleutel == null ? NullNode.getInstance()
                                : payload.textNode(velden.versleutel(sleutel, persoon, veld, waarde)));
                    }
                }
            }
            return payloads;
        });
    }

    /** Copies of these documents with every encrypted top-level field decrypted (null where the key is gone). */
    public Uni<List<JsonNode>> ontsleutel(List<JsonNode> documenten) {
        Set<UUID> personen = new LinkedHashSet<>();
        documenten.forEach(doc -> versleuteld(doc).forEach(veld -> Veldversleuteling.persoonVan(veld.getValue().asText())
                .ifPresent(personen::add)));
        if (personen.isEmpty()) {
            return Uni.createFrom().item(documenten);
        }
        return kluis.bestaande(personen).map(sleutels -> {
            List<JsonNode> out = new ArrayList<>(documenten.size());
            documenten.forEach(doc -> out.add(ontsleutel(doc, sleutels)));
            return out;
        });
    }

    public Uni<JsonNode> ontsleutel(JsonNode document) {
        return ontsleutel(List.of(document)).map(list -> list.get(0));
    }

    /** A consumed event as handlers read it: personal fields decrypted, its wire data as it came. */
    public Uni<CloudEvent> ontsleutel(CloudEvent event) {
        return ontsleutel(event.wireData()).map(event::withData);
    }

    /** Several consumed events, with one key lookup for all their persons. */
    public Uni<List<CloudEvent>> ontsleutelEvents(List<CloudEvent> events) {
        return ontsleutel(events.stream().map(CloudEvent::wireData).toList()).map(plain -> {
            List<CloudEvent> out = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                out.add(events.get(i).withData(plain.get(i)));
            }
            return out;
        });
    }

    private JsonNode ontsleutel(JsonNode doc, Map<UUID, byte[]> sleutels) {
        List<Map.Entry<String, JsonNode>> encrypted = versleuteld(doc);
        if (encrypted.isEmpty()) {
            return doc;
        }
        ObjectNode copy = ((ObjectNode) doc).deepCopy();
        for (Map.Entry<String, JsonNode> veld : encrypted) {
            String tekst = veld.getValue().asText();
            byte[] sleutel = sleutels.get(Veldversleuteling.persoonVan(tekst).orElseThrow());
            copy.set(veld.getKey(), sleutel == null ? NullNode.getInstance() : velden.ontsleutel(sleutel, veld.getKey(), tekst));
        }
        return copy;
    }

    private static List<Map.Entry<String, JsonNode>> versleuteld(JsonNode doc) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (doc != null && doc.isObject()) {
            doc.properties().forEach(e -> {
                if (Veldversleuteling.isVersleuteld(e.getValue())) {
                    out.add(e);
                }
            });
        }
        return out;
    }
}
