package nl.statushouders.monitoring.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.VerwerkingslogContract;

import java.util.UUID;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import nl.statushouders.testsupport.Tokens;

import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publish;
import static org.awaitility.Awaitility.await;

/** The processing log of this service: see {@link VerwerkingslogContract}. */
@QuarkusTest
class VerwerkingslogTest extends VerwerkingslogContract {

    @Override
    protected String root() {
        return "/api/monitoring/v1";
    }

    @Override
    protected String database() {
        return "monitoring";
    }

    @Override
    protected String activiteit() {
        return "regie";
    }

    @Override
    protected UUID eenBetrokkene() {
        UUID id = UUID.randomUUID();
        publish("intake.events.v1", id.toString(), cloudEvent("statushouder-registered", id, 1, Instant.now(),
                Tokens.UTRECHT, Map.of("voornaam", "Lina")));
        await().atMost(Duration.ofSeconds(30)).until(() -> nl.statushouders.testsupport.TestPostgres.get()
                .count("monitoring", "select count(*) from voortgang where statushouder_id = ?", id) == 1);
        return id;
    }

    @Override
    protected Response lees(UUID statushouderId, String token) {
        return als(token).get("/api/monitoring/v1/statushouders/" + statushouderId + "/voortgang");
    }
}
