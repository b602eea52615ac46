package nl.statushouders.monitoring.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publishAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events arriving together are applied in batches, one transaction per batch: each event once, in
 * order per person, and a poison event in a batch is dead-lettered on its own while the rest of the
 * batch is applied.
 */
@QuarkusTest
class BatchVerwerkingTest {

    private static final String TOPIC = "intake.events.v1";

    @Test
    void a_burst_is_applied_in_batches_each_event_once_in_order_per_person() {
        String gemeente = eigenGemeente();
        double together = batches("together");
        List<Map.Entry<String, String>> records = new ArrayList<>();
        List<UUID> mensen = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID id = UUID.randomUUID();
            mensen.add(id);
            UUID eventId = UUID.randomUUID();
            String registered = cloudEvent(eventId, "statushouder-registered", id, 1, Instant.now(), gemeente, Map.of("voornaam", "P" + i));
            records.add(Map.entry(id.toString(), registered));
            records.add(Map.entry(id.toString(), cloudEvent("werkmatcher-assigned", id, 2, Instant.now(), gemeente,
                    Map.of("werkmatcher", "w" + i))));
            if (i % 10 == 0) {
                // A redelivery of the registration after the assignment: changes nothing.
                records.add(Map.entry(id.toString(), registered));
            }
        }

        publishAll(TOPIC, records);

        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from voortgang where gemeente = ? "
                + "and werkmatcher is not null", gemeente) == 300);
        assertThat(count("select count(*) from received_event where consumer = 'monitoring-voortgang' and gemeente = ?", gemeente))
                .as("each event claimed once, the redeliveries not").isEqualTo(600);
        assertThat(count("select count(*) from voortgang where gemeente = ? and fase = 'AANGEMELD' "
                + "and werkmatcher = 'w' || substr(document::jsonb->>'voornaam', 2)", gemeente))
                .as("the assignment after the registration, also where the registration came again").isEqualTo(300);
        double batchesUsed = batches("together") - together;
        assertThat(batchesUsed).as("630 records in batches, not one transaction each").isBetween(1.0, 100.0);
    }

    @Test
    void a_poison_event_in_a_batch_is_dead_lettered_alone_and_the_rest_is_applied() {
        String gemeente = eigenGemeente();
        UUID vergiftigd = UUID.randomUUID();
        UUID kapot = UUID.randomUUID();
        UUID daarna = UUID.randomUUID();
        List<Map.Entry<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            UUID id = UUID.randomUUID();
            records.add(Map.entry(id.toString(), cloudEvent("statushouder-registered", id, 1, Instant.now(), gemeente,
                    Map.of("voornaam", "Q" + i))));
            if (i == 50) {
                records.add(Map.entry(vergiftigd.toString(), cloudEvent(kapot, "traject-ended", vergiftigd, 1, Instant.now(),
                        gemeente, Map.of("datum", "gisteren"))));
                records.add(Map.entry(vergiftigd.toString(), cloudEvent(daarna, "statushouder-registered", vergiftigd, 2,
                        Instant.now(), gemeente, Map.of("voornaam", "Wacht"))));
            }
        }

        publishAll(TOPIC, records);

        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from voortgang where gemeente = ?", gemeente) == 100);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from parked_event where event_id = ? "
                + "and redriven_at is null", kapot) == 1 && count("select count(*) from parked_event where event_id = ?", daarna) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(gemeente) == 1);
        assertThat(count("select count(*) from voortgang where statushouder_id = ?", vergiftigd)).isZero();
    }

    private static long deadLetters(String gemeente) {
        return TestKafka.get().readAll("monitoring.dead-letter.v1").stream()
                .filter(r -> r.value() != null && r.value().contains("\"gemeente\":\"" + gemeente + "\"")).count();
    }

    private static String eigenGemeente() {
        return "9" + (100 + ThreadLocalRandom.current().nextInt(900));
    }

    private static long count(String sql, Object... params) {
        return TestPostgres.get().count("monitoring", sql, params);
    }

    private static double batches(String outcome) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("platform_consumer_batches_total{") && l.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
