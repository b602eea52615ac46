package nl.statushouders.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import nl.statushouders.monitoring.service.VoortgangService;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.consumer.IdempotentConsumer;
import nl.statushouders.platform.consumer.ParkedEvents;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A permanent failure parks the event (and every later event of that person) and dead-letters it
 * with a reason that quotes no personal data; other people's events flow on; platform-beheer sees
 * the parked events and re-drives them after the fix, in order, idempotently.
 */
@QuarkusTest
class DeadLetterTest {

    private static final String PARKED = "/api/monitoring/v1/geparkeerde-events";

    @Inject
    VoortgangService voortgang;
    @Inject
    IdempotentConsumer idempotent;
    @Inject
    ObjectMapper json;

    @Test
    void a_poison_event_is_parked_and_dead_lettered_the_persons_later_events_wait_and_others_flow_on() {
        UUID persoon = UUID.randomUUID();
        UUID ander = UUID.randomUUID();
        UUID kapot = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        publish("trajecten.events.v1", persoon.toString(), nl.statushouders.testsupport.TestEvents.event("trajecten", "traject-ended")
                .id(kapot).statushouder(persoon).sequence(1).gemeente(Tokens.UTRECHT).data(Map.of("datum", "gisteren")).json());
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(kapot) == 1);
        publish("intake.events.v1", persoon.toString(),
                cloudEvent(later, "statushouder-registered", persoon, 1, Instant.now(), Tokens.UTRECHT, Map.of("voornaam", "Wacht")));
        publish("intake.events.v1", ander.toString(),
                cloudEvent("statushouder-registered", ander, 1, Instant.now(), Tokens.UTRECHT, Map.of("voornaam", "Verder")));

        awaitVoortgang(ander, "Verder");
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(later) == 1);
        voortgangOf(persoon).statusCode(404);

        ConsumerRecord<String, String> dead = awaitDeadLetter(kapot);
        assertThat(TestKafka.header(dead, "dead-letter-reason")).contains("VoortgangProjector").doesNotContain("gisteren");
        assertThat(TestKafka.header(dead, "dead-letter-topic")).isEqualTo("trajecten.events.v1");
        assertThat(TestKafka.header(dead, "dead-letter-offset")).isNotEmpty();
        assertThat(deadLetters(later)).as("waiting behind is not a failure of its own").isEmpty();

        given().auth().oauth2(beheer()).get(PARKED).then().statusCode(200)
                .body("find { it.eventId == '" + kapot + "' }.reden", org.hamcrest.Matchers.containsString("IllegalArgumentException"))
                .body("find { it.eventId == '" + kapot + "' }.topic", equalTo("trajecten.events.v1"))
                .body("find { it.eventId == '" + later + "' }.reden", equalTo(ParkedEvents.WAITS_BEHIND))
                .body("find { it.eventId == '" + kapot + "' }", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("data")));

        // Without a fix the poison fails again, and the person's later event keeps waiting behind it.
        given().auth().oauth2(beheer()).contentType("application/json").body("{\"ids\":[" + rowId(kapot) + "," + rowId(later) + "]}")
                .post(PARKED + "/herverwerking").then().statusCode(200)
                .body("opnieuwMislukt", equalTo(1)).body("herverwerkt", equalTo(0))
                .body("regels.find { it.eventId == '" + later + "' }.resultaat", equalTo("WACHTEND"));
        voortgangOf(persoon).statusCode(404);
    }

    @Test
    void after_the_fix_a_re_drive_applies_the_parked_events_in_order_and_only_once() {
        UUID persoon = UUID.randomUUID();
        UUID eerste = UUID.randomUUID();
        UUID tweede = UUID.randomUUID();
        Set<UUID> bug = ConcurrentHashMap.newKeySet();
        bug.add(eerste);
        QuarkusMock.installMockForType(new MetBug(idempotent, json, bug), VoortgangService.class);

        publish("intake.events.v1", persoon.toString(),
                cloudEvent(eerste, "statushouder-registered", persoon, 1, Instant.now(), Tokens.UTRECHT, Map.of("voornaam", "Hersteld")),
                cloudEvent(tweede, "werkgesprek-held", persoon, 2, Instant.now(), Tokens.UTRECHT, Map.of("datum", "2026-11-02")));
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(eerste) == 1 && parked(tweede) == 1);
        assertThat(TestKafka.header(awaitDeadLetter(eerste), "dead-letter-reason")).contains("IllegalStateException").doesNotContain("Hersteld");

        bug.clear(); // the fix is deployed
        given().auth().oauth2(beheer()).contentType("application/json").body("{\"ids\":[" + rowId(eerste) + "]}")
                .post(PARKED + "/herverwerking").then().statusCode(200).body("herverwerkt", equalTo(1));
        voortgangOf(persoon).statusCode(200).body("voortgang.fase", equalTo("AANGEMELD"));

        given().auth().oauth2(beheer()).contentType("application/json").body("{}")
                .post(PARKED + "/herverwerking").then().statusCode(200).body("regels.eventId", hasItem(tweede.toString()));
        voortgangOf(persoon).statusCode(200).body("voortgang.fase", equalTo("WERKGESPREK"))
                .body("voortgang.voornaam", equalTo("Hersteld"));
        assertThat(TestPostgres.get().count("monitoring", "select count(*) from received_event where event_id in (?, ?)",
                eerste, tweede)).as("each applied once").isEqualTo(2);

        // A later delivery of the same event (a rebalance) changes nothing and parks nothing.
        publish("intake.events.v1", persoon.toString(),
                cloudEvent(tweede, "werkgesprek-held", persoon, 2, Instant.now(), Tokens.UTRECHT, Map.of("datum", "2026-11-02")));
        UUID marker = UUID.randomUUID();
        publish("intake.events.v1", persoon.toString(),
                cloudEvent(marker, "werkmatcher-assigned", persoon, 3, Instant.now(), Tokens.UTRECHT, Map.of("werkmatcher", "w.jansen")));
        await().atMost(Duration.ofSeconds(30)).until(() -> TestPostgres.get().count("monitoring",
                "select count(*) from received_event where event_id = ?", marker) == 1);
        assertThat(TestPostgres.get().count("monitoring", "select count(*) from received_event where event_id = ?", tweede)).isEqualTo(1);
        assertThat(TestPostgres.get().count("monitoring",
                "select count(*) from parked_event where record_key = ? and redriven_at is null", persoon.toString())).isZero();
    }

    @Test
    void only_platform_beheer_sees_and_re_drives_parked_events() {
        given().get(PARKED).then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).get(PARKED).then().statusCode(403);
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).contentType("application/json").body("{}")
                .post(PARKED + "/herverwerking").then().statusCode(403);
        given().auth().oauth2(beheer()).contentType("application/json").body("{\"ids\":[\"een\"]}")
                .post(PARKED + "/herverwerking").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(beheer()).contentType("application/json").body("{\"ids\":[999999999]}")
                .post(PARKED + "/herverwerking").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void events_of_unknown_types_are_skipped_and_counted() {
        long before = voortgang.skipped();
        UUID id = UUID.randomUUID();
        publish("werkgevers.events.v1", id.toString(), nl.statushouders.testsupport.TestEvents.event("werkgevers", "werkgever-verhuisd")
                .statushouder(id).sequence(1).gemeente(Tokens.UTRECHT).data(Map.of()).json());
        await().atMost(Duration.ofSeconds(30)).until(() -> voortgang.skipped() > before);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'projecties' }.data.overgeslagenOnbekendType", equalTo((int) voortgang.skipped()));
    }

    @Test
    void event_topics_keep_their_history_and_the_dead_letter_topic_only_thirty_days() throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(TestKafka.get().beheerder())) {
            var intake = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "intake.events.v1");
            var dead = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "monitoring.dead-letter.v1");
            var configs = admin.describeConfigs(List.of(intake, dead)).all().get();
            assertThat(configs.get(intake).get("retention.ms").value()).isEqualTo("-1");
            assertThat(configs.get(dead).get("retention.ms").value()).isEqualTo(Long.toString(30L * 24 * 3600 * 1000));
        }
    }

    /** The projection with a bug for some events: they fail as a programming error would, every time. */
    static class MetBug extends VoortgangService {
        private final Set<UUID> bug;

        MetBug(IdempotentConsumer idempotent, ObjectMapper json, Set<UUID> bug) {
            super(idempotent, json, nl.statushouders.monitoring.domain.Drempels.STANDAARD, java.time.Clock.systemDefaultZone());
            this.bug = bug;
        }

        @Override
        public Uni<Boolean> apply(CloudEvent event) {
            return bug.contains(event.id()) ? Uni.createFrom().failure(new IllegalStateException("bug for " + event.data()))
                    : super.apply(event);
        }
    }

    private static String beheer() {
        return Tokens.withRoles("platform-beheer");
    }

    private static io.restassured.response.ValidatableResponse voortgangOf(UUID id) {
        return given().auth().oauth2(Tokens.withRoles("werkmatcher"))
                .get("/api/monitoring/v1/statushouders/" + id + "/voortgang").then();
    }

    private static void awaitVoortgang(UUID id, String voornaam) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> voortgangOf(id).statusCode(200)
                .body("voortgang.voornaam", equalTo(voornaam)));
    }

    private static long parked(UUID eventId) {
        return TestPostgres.get().count("monitoring", "select count(*) from parked_event where event_id = ? and redriven_at is null", eventId);
    }

    private static long rowId(UUID eventId) {
        return TestPostgres.get().count("monitoring", "select id from parked_event where event_id = ?", eventId);
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(eventId).size() == 1);
        return deadLetters(eventId).get(0);
    }

    private static List<ConsumerRecord<String, String>> deadLetters(UUID eventId) {
        return TestKafka.get().readAll("monitoring.dead-letter.v1").stream()
                .filter(r -> r.value() != null && r.value().contains(eventId.toString())).toList();
    }
}
