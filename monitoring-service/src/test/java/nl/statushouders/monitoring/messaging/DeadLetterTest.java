package nl.statushouders.monitoring.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.monitoring.service.VoortgangService;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** An event that cannot be applied goes to the dead-letter topic with its reason; the rest flows on. */
@QuarkusTest
class DeadLetterTest {

    @Inject
    VoortgangService voortgang;

    @Test
    void an_unappliable_event_is_dead_lettered_with_its_reason_and_processing_continues() {
        UUID id = UUID.randomUUID();
        UUID kapot = UUID.randomUUID();
        publish("trajecten.events.v1", id.toString(),
                cloudEvent(kapot, "traject-ended", id, 1, Instant.now(), Tokens.UTRECHT, Map.of("datum", "gisteren")));
        publish("intake.events.v1", id.toString(),
                cloudEvent("statushouder-registered", id, 1, Instant.now(), Tokens.UTRECHT, Map.of("voornaam", "Verder")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.withRoles("werkmatcher"))
                .get("/api/monitoring/v1/statushouders/" + id + "/voortgang").then().statusCode(200)
                .body("voortgang.voornaam", equalTo("Verder")));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters(kapot).size() == 1);
        ConsumerRecord<String, String> dead = deadLetters(kapot).get(0);
        assertThat(header(dead, "dead-letter-reason")).contains("not a date");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo("trajecten.events.v1");
    }

    @Test
    void events_of_unknown_types_are_skipped_and_counted() {
        long before = voortgang.skipped();
        UUID id = UUID.randomUUID();
        publish("werkgevers.events.v1", id.toString(),
                cloudEvent("werkgever-verhuisd", id, 1, Instant.now(), Tokens.UTRECHT, Map.of()),
                cloudEvent("statushouder-registered", id, 1, Instant.now(), Tokens.UTRECHT, Map.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> voortgang.skipped() > before);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'projecties' }.data.overgeslagenOnbekendType", equalTo((int) voortgang.skipped()));
    }

    @Test
    void event_topics_keep_their_history_and_the_dead_letter_topic_only_thirty_days() throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", TestKafka.get().bootstrapServers()))) {
            var intake = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "intake.events.v1");
            var dead = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "monitoring.dead-letter.v1");
            var configs = admin.describeConfigs(List.of(intake, dead)).all().get();
            assertThat(configs.get(intake).get("retention.ms").value()).isEqualTo("-1");
            assertThat(configs.get(dead).get("retention.ms").value()).isEqualTo(Long.toString(30L * 24 * 3600 * 1000));
        }
    }

    private static List<ConsumerRecord<String, String>> deadLetters(UUID eventId) {
        return TestKafka.get().readAll("monitoring.dead-letter.v1").stream()
                .filter(r -> r.value() != null && r.value().contains(eventId.toString())).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
