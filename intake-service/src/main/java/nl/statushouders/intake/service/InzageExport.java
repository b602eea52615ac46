package nl.statushouders.intake.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.intake.config.InzageConfig;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Gathers the other services' part of an inzage (AVG article 15) with the privacy officer's own token,
 * so that each service applies its own role and gemeente rules. A service without anything about the
 * person answers 404 and is listed as such; a service that cannot answer fails the whole export: an
 * incomplete answer to a data subject would be a wrong one.
 */
@ApplicationScoped
public class InzageExport {

    /** A service did not answer: the export is not complete. */
    public static class DienstOnbereikbaar extends RuntimeException {
        public DienstOnbereikbaar(String dienst) {
            super("De dienst " + dienst + " gaf geen antwoord; de inzage is niet volledig en wordt niet gegeven.");
        }
    }

    /** The parts of the services that hold something, and the services that hold nothing. */
    public record Delen(List<JsonNode> delen, List<String> zonderGegevens) {
    }

    private final WebClient client;
    private final InzageConfig config;
    private final ObjectMapper json;

    public InzageExport(Vertx vertx, InzageConfig config, ObjectMapper json) {
        this.client = WebClient.create(vertx);
        this.config = config;
        this.json = json;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public Uni<Delen> delen(UUID statushouderId, String authorization) {
        Map<String, String> diensten = new TreeMap<>(config.diensten());
        if (diensten.isEmpty()) {
            return Uni.createFrom().item(new Delen(List.of(), List.of()));
        }
        List<Uni<Map.Entry<String, JsonNode>>> vragen = diensten.entrySet().stream()
                .map(d -> deel(d.getKey(), d.getValue(), statushouderId, authorization)).toList();
        return Uni.join().all(vragen).andFailFast().map(antwoorden -> {
            List<JsonNode> delen = new ArrayList<>();
            List<String> zonder = new ArrayList<>();
            for (Map.Entry<String, JsonNode> a : antwoorden) {
                if (a.getValue() == null) {
                    zonder.add(a.getKey());
                } else {
                    delen.add(a.getValue());
                }
            }
            return new Delen(delen, zonder);
        });
    }

    private Uni<Map.Entry<String, JsonNode>> deel(String dienst, String basis, UUID id, String authorization) {
        URI uri = URI.create(basis.replaceAll("/+$", "") + "/api/" + dienst + "/v1/inzage/" + id);
        return client.getAbs(uri.toString()).putHeader("Authorization", authorization).putHeader("Accept", "application/json")
                .timeout(config.timeout().toMillis()).send()
                .onFailure().transform(e -> new DienstOnbereikbaar(dienst))
                .map(response -> {
                    if (response.statusCode() == 404) {
                        return new java.util.AbstractMap.SimpleEntry<String, JsonNode>(dienst, null);
                    }
                    if (response.statusCode() != 200) {
                        throw new DienstOnbereikbaar(dienst);
                    }
                    try {
                        return new java.util.AbstractMap.SimpleEntry<>(dienst, json.readTree(response.bodyAsString()));
                    } catch (Exception e) {
                        throw new DienstOnbereikbaar(dienst);
                    }
                });
    }
}
