package nl.statushouders.monitoring.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault: the consumer's database connections are cut again and again (what a PostgreSQL restart or
 * failover does) while events flow. Every event must arrive in the projection; none may be parked
 * or dead-lettered, because a lost connection is a passing failure.
 */
@QuarkusTest
class VerbindingsverliesTest {

    private static final int EVENTS = 300;

    @Test
    void cutting_the_database_connections_while_events_flow_loses_nothing_and_dead_letters_nothing() throws Exception {
        List<UUID> ids = new ArrayList<>();
        AtomicBoolean cutting = new AtomicBoolean(true);
        AtomicLong cuts = new AtomicLong();
        AtomicLong killed = new AtomicLong();
        Thread cutter = new Thread(() -> {
            while (cutting.get()) {
                killed.addAndGet(TestPostgres.get().count("monitoring", "select count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where datname = 'monitoring' and pid <> pg_backend_pid()"));
                cuts.incrementAndGet();
                sleep(150);
            }
        });
        long retriesBefore = metric("platform_consumer_retries_total");
        Instant start = Instant.now();
        cutter.start();
        for (int i = 0; i < EVENTS; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            publish("intake.events.v1", id.toString(),
                    cloudEvent("statushouder-registered", id, 1, Instant.now(), Tokens.UTRECHT, Map.of("voornaam", "V" + i)));
            if (i % 50 == 49) {
                sleep(500);
            }
        }
        sleep(2_000);
        cutting.set(false);
        cutter.join();

        String in = "('" + String.join("','", ids.stream().map(UUID::toString).toList()) + "')";
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)
                && TestPostgres.get().count("monitoring", "select count(*) from voortgang where statushouder_id::text in " + in) < EVENTS) {
            sleep(500);
        }
        Duration drained = Duration.between(start, Instant.now());
        List<UUID> missing = ids.stream().filter(id -> TestPostgres.get().count("monitoring",
                "select count(*) from voortgang where statushouder_id = ?", id) == 0).toList();
        if (!missing.isEmpty()) {
            System.out.println("[fault] missing " + missing + "; health: " + given().get("/q/health").then().extract().asString());
        }

        long parked = TestPostgres.get().count("monitoring", "select count(*) from parked_event where record_key in " + in);
        long dead = TestKafka.get().readAll("monitoring.dead-letter.v1").stream().filter(r -> ids.stream()
                .anyMatch(id -> r.value() != null && r.value().contains(id.toString()))).count();
        long applied = TestPostgres.get().count("monitoring", "select count(*) from received_event where record_key in " + in);
        long retries = metric("platform_consumer_retries_total") - retriesBefore;
        System.out.printf("[fault] database connections cut: %d cuts, %d backends terminated, %d events, %d applied once each, "
                + "%d retries, %d parked, %d dead-lettered, all applied %.1f s after the first event%n",
                cuts.get(), killed.get(), EVENTS, applied, retries, parked, dead, drained.toMillis() / 1000.0);

        assertThat(applied).as("each event applied exactly once").isEqualTo(EVENTS);
        assertThat(parked).as("parked").isZero();
        assertThat(dead).as("dead-lettered").isZero();
        assertThat(killed.get()).as("the fault really happened").isPositive();
        assertThat(retries).as("and was waited out").isPositive();
    }

    private static long metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
