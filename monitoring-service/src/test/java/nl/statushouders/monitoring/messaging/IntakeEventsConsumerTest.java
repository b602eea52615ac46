package nl.statushouders.monitoring.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Intake events on the real topic reach the projection once, and a rebuild reproduces it. */
@QuarkusTest
class IntakeEventsConsumerTest {

    static final String TOPIC = "intake.events.v1";

    @Inject
    Rebuilds herbouw;

    @Test
    void phases_follow_the_intake_events_and_a_redelivered_event_changes_nothing() {
        UUID id = UUID.randomUUID();
        Instant t = Instant.parse("2026-10-01T08:00:00Z");
        publish(TOPIC, id.toString(), cloudEvent("statushouder-registered", id, 1, t, "0344",
                Map.of("voornaam", "Samir", "achternaam", "Nasser")));
        awaitVoortgang(id, "AANGEMELD", 1);

        UUID werkgesprekId = UUID.randomUUID();
        String werkgesprek = cloudEvent(werkgesprekId, "werkgesprek-held", id, 2, t.plusSeconds(3600), "0344",
                Map.of("datum", "2026-10-01"));
        String plan = cloudEvent("plan-van-aanpak-agreed", id, 3, t.plusSeconds(3600), "0344",
                Map.of("versie", 1, "evaluatiedatum", "2027-01-15"));
        publish(TOPIC, id.toString(), werkgesprek, plan, werkgesprek);
        awaitVoortgang(id, "WERKGESPREK", 3);

        String before = document(id);
        publish(TOPIC, id.toString(), werkgesprek);
        // A marker event after the duplicate: once it is applied, the duplicate was seen too.
        UUID marker = UUID.randomUUID();
        publish(TOPIC, marker.toString(), cloudEvent("statushouder-registered", marker, 1, t, "0344", Map.of()));
        awaitVoortgang(marker, "AANGEMELD", 1);
        assertThat(document(id)).isEqualTo(before);
        assertThat(TestPostgres.get().count("monitoring",
                "select count(*) from received_event where event_id = ?", werkgesprekId)).isEqualTo(1);

        given().auth().oauth2(Tokens.withRoles("werkmatcher"))
                .get("/api/monitoring/v1/statushouders/" + id + "/voortgang")
                .then().statusCode(200)
                .body("voortgang.mijlpalen.WERKGESPREK", equalTo("2026-10-01"))
                .body("voortgang.planEvaluatiedatum", equalTo("2027-01-15"))
                .body("voortgang.voornaam", equalTo("Samir"));
    }

    @Test
    void unreadable_records_are_dead_lettered_unknown_types_skipped_and_processing_continues() {
        UUID id = UUID.randomUUID();
        publish(TOPIC, id.toString(), "not json at all",
                cloudEvent("something-new-happened", id, 1, Instant.now(), "0344", Map.of()),
                cloudEvent("statushouder-registered", id, 2, Instant.now(), "0344", Map.of()));
        awaitVoortgang(id, "AANGEMELD", 1);
    }

    @Test
    void a_rebuild_from_the_history_equals_the_incrementally_built_projection() throws Throwable {
        Instant t = Instant.parse("2026-06-01T08:00:00Z");
        long base = TestPostgres.get().count("monitoring", "select count(*) from received_event");
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            publish(TOPIC, id.toString(),
                    cloudEvent("statushouder-registered", id, 1, t, i % 2 == 0 ? "0344" : "0307", Map.of("voornaam", "P" + i)),
                    cloudEvent("werkgesprek-held", id, 2, t.plusSeconds(86400L * i), i % 2 == 0 ? "0344" : "0307",
                            Map.of("datum", "2026-07-0" + (1 + i % 9))));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> TestPostgres.get().count("monitoring",
                "select count(*) from received_event") >= base + 40);
        Map<String, String> incremental = projections();

        // A projection that went wrong (rows lost, rows damaged) is what a rebuild is for.
        TestPostgres.get().execute("monitoring", "delete from voortgang where statushouder_id in "
                + "(select statushouder_id from voortgang order by statushouder_id limit 5)");
        TestPostgres.get().execute("monitoring", "update voortgang set fase = 'AANGEMELD', document = '{}' where statushouder_id in "
                + "(select statushouder_id from voortgang order by statushouder_id desc limit 5)");

        Rebuilds.Status verslag = herbouw.runNow();

        assertThat(verslag.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        assertThat(verslag.sleutels()).isEqualTo(incremental.size());
        assertThat(projections()).isEqualTo(incremental);
    }

    private static Map<String, String> projections() {
        Map<String, String> all = new LinkedHashMap<>();
        try (var c = java.sql.DriverManager.getConnection(TestPostgres.get().jdbcUrl("monitoring"),
                TestPostgres.get().user(), TestPostgres.get().password());
             var rs = c.createStatement().executeQuery(
                     "select statushouder_id, gemeente, fase, coalesce(werkmatcher, ''), document from voortgang order by 1")) {
            while (rs.next()) {
                all.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static String document(UUID id) {
        return projections().get(id.toString());
    }

    private static void awaitVoortgang(UUID id, String fase, int tijdlijn) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(Tokens.withRoles("werkmatcher"))
                        .get("/api/monitoring/v1/statushouders/" + id + "/voortgang")
                        .then().statusCode(200)
                        .body("voortgang.fase", equalTo(fase))
                        .body("voortgang.tijdlijn", hasSize(tijdlijn)));
    }
}
