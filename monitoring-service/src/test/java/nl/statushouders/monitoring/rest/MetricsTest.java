package nl.statushouders.monitoring.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publish;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/** A consumer's metrics: lag per channel, the kernel's consumer, outbox and rebuild figures, request latency. */
@QuarkusTest
class MetricsTest {

    @Test
    void metrics_show_lag_per_channel_consumers_outbox_and_rebuild() {
        given().get("/api/monitoring/v1/caseload").then().statusCode(401);
        UUID id = UUID.randomUUID();
        publish("intake.events.v1", id.toString(), cloudEvent("statushouder-registered", id, 1, Instant.now(), "0344",
                Map.of("voornaam", "M")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("platform_consumer_lag_seconds{topic=\"intake.events.v1\"}"))
                .body(containsString("platform_consumer_events_total{outcome=\"applied\",topic=\"intake.events.v1\"}"))
                .body(containsString("platform_consumer_retrying"))
                .body(containsString("platform_outbox_backlog"))
                .body(containsString("platform_rebuild_events_processed"))
                .body(containsString("http_server_requests_seconds")));
    }
}
