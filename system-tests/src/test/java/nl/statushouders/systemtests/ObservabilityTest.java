package nl.statushouders.systemtests;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.statushouders.systemtests.Platform.as;
import static nl.statushouders.systemtests.Platform.bsn;
import static nl.statushouders.systemtests.Platform.intake;
import static nl.statushouders.systemtests.Platform.monitoring;
import static nl.statushouders.systemtests.Platform.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** What operators rely on, on every running service: its metrics and the rebuild of its read models. */
class ObservabilityTest {

    private static final Map<String, Integer> SERVICES = Map.of("intake", 8081, "assessment", 8082, "trajecten", 8083,
            "werkgevers", 8084, "monitoring", 8085);
    private static final List<String> EVERY_SERVICE = List.of("http_server_requests_seconds_count",
            "platform_outbox_backlog", "platform_outbox_oldest_unpublished_seconds",
            "platform_rebuild_events_processed", "platform_rebuild_events_total", "platform_rebuild_running");
    private static final List<String> EVERY_CONSUMER = List.of("platform_consumer_events_total", "platform_consumer_retrying",
            "platform_consumer_oldest_retry_seconds", "platform_consumer_lag_seconds");

    @Test
    void every_service_reports_commands_outbox_consumers_lag_and_rebuilds() {
        String id = Platform.id(as(user("werkmatcher.utrecht")).body(Map.of("bsn", bsn(), "voornaam", "Meron",
                        "achternaam", "Tekle", "geboortedatum", "1990-01-01", "talen", List.of("Tigrinya"),
                        "huisvesting", Map.of("status", "WONING"), "datumVerblijfsvergunning", "2026-05-01"))
                .post(intake() + "/statushouders").then().statusCode(201).extract().header("Location"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(user("werkmatcher.utrecht")).get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(200));

        // A request to each service's API, so its request metrics exist whatever ran before.
        SERVICES.forEach((service, port) -> RestAssured.given()
                .get("http://localhost:" + port + "/api/" + service + "/v1/projecties/herbouw").then().statusCode(401));
        SERVICES.forEach((service, port) -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = RestAssured.given().get("http://localhost:" + port + "/q/metrics").then().statusCode(200)
                    .extract().asString();
            assertThat(metrics).as(service).contains(EVERY_SERVICE);
            if (!service.equals("intake")) {
                assertThat(metrics).as(service).contains(EVERY_CONSUMER);
            }
        }));
    }

    @Test
    void platform_beheer_rebuilds_the_read_models_of_every_service_with_one_endpoint_shape() {
        String beheer = user("beheer");
        String werkmatcher = user("werkmatcher.utrecht");
        for (String service : List.of(intake(), Platform.assessment(), Platform.trajecten(), Platform.werkgevers(), monitoring())) {
            RestAssured.given().post(service + "/projecties/herbouw").then().statusCode(401);
            as(werkmatcher).post(service + "/projecties/herbouw").then().statusCode(403);
            as(beheer).post(service + "/projecties/herbouw").then().statusCode(202);
            await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                    as(beheer).get(service + "/projecties/herbouw").then().statusCode(200).body("toestand", equalTo("KLAAR")));
        }
    }
}
