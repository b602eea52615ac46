package nl.statushouders.assessment.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.assessment.service.IntakeEventHandler;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.as;
import static nl.statushouders.assessment.Fixtures.uitnodiging;
import static nl.statushouders.assessment.Fixtures.werkmatcher;
import static nl.statushouders.assessment.messaging.Events.cloudEvent;
import static nl.statushouders.assessment.messaging.Events.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Intake's events on the real topic: known statushouders, and startgesprekken that invite exactly once. */
@QuarkusTest
class IntakeEventsConsumerTest {

    @Test
    void a_startgesprek_with_noa_invites_once_even_when_delivered_twice() {
        UUID statushouder = UUID.randomUUID();
        UUID startgesprekId = UUID.randomUUID();
        String startgesprek = cloudEvent(startgesprekId, "startgesprek-held", statushouder, 2, "0344",
                Map.of("datum", "2026-11-20", "werkmatcher", "werkmatcher.utrecht", "assessmentBesluit", "NOA"));
        publish(statushouder.toString(), registered(statushouder, "0344"), startgesprek, startgesprek);

        String id = IntakeEventHandler.assessmentIdVoor(startgesprekId).toString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(werkmatcher()).get(ASSESSMENTS + "/" + id)
                        .then().statusCode(200)
                        .body("status", equalTo("UITGENODIGD"))
                        .body("soort", equalTo("NOA"))
                        .body("statushouderId", equalTo(statushouder.toString()))
                        .body("locatie", equalTo(IntakeEventHandler.NOG_TE_PLANNEN))
                        .body("startgesprekEventId", equalTo(startgesprekId.toString())));

        // Once more, then a marker behind it: when the marker is applied, the duplicate was seen too.
        publish(statushouder.toString(), startgesprek);
        awaitKnown(marker());
        assertThat(count("select count(*) from assessment where statushouder_id = ?", statushouder)).isEqualTo(1);
        assertThat(count("select count(*) from event_store where stream_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from received_event where event_id = ?", startgesprekId)).isEqualTo(1);

        // The invitation is published like any other assessment event.
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.get().readAll("assessment.events.v1").stream()
                .filter(r -> statushouder.toString().equals(r.key())).count() == 1);
        assertThat(TestKafka.get().readAll("assessment.events.v1").stream()
                .filter(r -> statushouder.toString().equals(r.key())).findFirst().orElseThrow().value())
                .contains("\"startgesprekEventId\":\"" + startgesprekId + "\"").contains("assessment-invited");
    }

    @Test
    void the_invitation_keeps_the_correlation_id_of_the_command_that_started_it_and_names_its_cause() {
        UUID statushouder = UUID.randomUUID();
        UUID startgesprekId = UUID.randomUUID();
        UUID correlatie = UUID.randomUUID();
        String startgesprek = cloudEvent(startgesprekId, "startgesprek-held", statushouder, 2, "0344",
                Map.of("datum", "2026-11-20", "werkmatcher", "w", "assessmentBesluit", "NOA"))
                .replaceFirst("\\{", "{\"correlationid\":\"" + correlatie + "\",");
        publish(statushouder.toString(), registered(statushouder, "0344"), startgesprek);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.get().readAll("assessment.events.v1").stream()
                .anyMatch(r -> statushouder.toString().equals(r.key())));
        String invited = TestKafka.get().readAll("assessment.events.v1").stream()
                .filter(r -> statushouder.toString().equals(r.key())).findFirst().orElseThrow().value();
        assertThat(invited).contains("\"correlationid\":\"" + correlatie + "\"")
                .contains("\"causationid\":\"" + startgesprekId + "\"");
    }

    @Test
    void alternatief_invites_for_the_pictogram_intake_and_geen_invites_nobody() {
        UUID alternatief = UUID.randomUUID();
        UUID startgesprekId = UUID.randomUUID();
        publish(alternatief.toString(), registered(alternatief, "0307"), cloudEvent(startgesprekId, "startgesprek-held",
                alternatief, 2, "0307", Map.of("datum", "2026-11-20", "werkmatcher", "w", "assessmentBesluit", "ALTERNATIEF",
                        "motivering", "Kan niet lezen")));
        UUID geen = UUID.randomUUID();
        publish(geen.toString(), registered(geen, "0344"), cloudEvent(UUID.randomUUID(), "startgesprek-held", geen, 2,
                "0344", Map.of("datum", "2026-11-20", "werkmatcher", "w", "assessmentBesluit", "GEEN", "motivering", "Werkt al")));

        String id = IntakeEventHandler.assessmentIdVoor(startgesprekId).toString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(Tokens.token().roles("vluchtelingenwerk").gemeenten(Tokens.AMERSFOORT).build())
                        .get(ASSESSMENTS + "/" + id)
                        .then().statusCode(200).body("soort", equalTo("ALTERNATIEF")).body("gemeente", equalTo("0307")));
        awaitKnown(geen);
        awaitKnown(marker());
        assertThat(count("select count(*) from assessment where statushouder_id = ?", geen)).isZero();
        // Known from the registration: a werkmatcher may still invite by hand.
        as(werkmatcher()).body(uitnodiging(geen, "NOA")).post(ASSESSMENTS).then().statusCode(201);
    }

    @Test
    void an_assessment_made_by_hand_before_the_startgesprek_arrives_is_not_doubled() {
        UUID statushouder = UUID.randomUUID();
        publish(statushouder.toString(), registered(statushouder, "0344"));
        awaitKnown(statushouder);
        as(werkmatcher()).body(uitnodiging(statushouder, "NOA")).post(ASSESSMENTS).then().statusCode(201);
        UUID startgesprekId = UUID.randomUUID();
        publish(statushouder.toString(), cloudEvent(startgesprekId, "startgesprek-held", statushouder, 2, "0344",
                Map.of("datum", "2026-11-20", "werkmatcher", "w", "assessmentBesluit", "NOA")));
        awaitKnown(marker());
        assertThat(count("select count(*) from received_event where event_id = ?", startgesprekId)).isEqualTo(1);
        assertThat(count("select count(*) from assessment where statushouder_id = ?", statushouder)).isEqualTo(1);
    }

    @Test
    void an_event_that_cannot_be_applied_goes_to_the_dead_letter_topic_and_processing_continues() {
        UUID statushouder = UUID.randomUUID();
        UUID kapot = UUID.randomUUID();
        String event = cloudEvent(kapot, "startgesprek-held", statushouder, 2, "0344",
                Map.of("datum", "2026-11-20", "werkmatcher", "w", "assessmentBesluit", "NOA"))
                .replace("\"statushouderId\":\"" + statushouder + "\"", "\"statushouderId\":\"kapot\"");
        publish(statushouder.toString(), event);
        awaitKnown(marker());
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.get().readAll("assessment.dead-letter.v1").stream()
                .anyMatch(r -> r.value().contains(kapot.toString())));
        assertThat(count("select count(*) from received_event where event_id = ?", kapot)).isZero();
    }

    @Test
    void a_forged_event_is_dead_lettered_with_its_reason_and_a_known_statushouder_stays_in_their_gemeente() {
        UUID statushouder = UUID.randomUUID();
        publish(statushouder.toString(), registered(statushouder, "0344"));
        awaitKnown(statushouder);

        UUID andereBron = UUID.randomUUID();
        UUID andereGemeente = UUID.randomUUID();
        publish(statushouder.toString(),
                // A startgesprek that says it comes from the employer service, on intake's topic.
                cloudEvent(andereBron, "startgesprek-held", statushouder, 2, "0344",
                        Map.of("datum", "2026-11-20", "werkmatcher", "w", "assessmentBesluit", "NOA"))
                        .replace("statushouders-intake", "statushouders-werkgevers"),
                // A registration that would move her to Amersfoort.
                cloudEvent(andereGemeente, "statushouder-registered", statushouder, 1, "0307",
                        Map.of("voornaam", "Amira", "achternaam", "Haddad", "geboortedatum", "1994-03-12")));
        awaitKnown(marker());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var dead = TestKafka.get().readAll("assessment.dead-letter.v1");
            assertThat(dead).filteredOn(r -> r.value().contains(andereBron.toString())).singleElement()
                    .satisfies(r -> assertThat(TestKafka.header(r, "dead-letter-reason"))
                            .contains("bron hoort niet bij topic intake.events.v1"));
            assertThat(dead).filteredOn(r -> r.value().contains(andereGemeente.toString())).singleElement()
                    .satisfies(r -> assertThat(TestKafka.header(r, "dead-letter-reason"))
                            .contains("wijkt af van de bekende gemeente"));
        });
        assertThat(TestPostgres.get().text("assessment", "select gemeente from statushouder where id = ?", statushouder))
                .isEqualTo("0344");
        assertThat(count("select count(*) from assessment where statushouder_id = ?", statushouder)).isZero();
        assertThat(count("select count(*) from received_event where event_id = ?", andereBron)).isZero();
        assertThat(count("select count(*) from received_event where event_id = ?", andereGemeente)).isZero();
        // Neither holds up her next genuine event.
        publish(statushouder.toString(), cloudEvent(UUID.randomUUID(), "startgesprek-held", statushouder, 2, "0344",
                Map.of("datum", "2026-11-20", "werkmatcher", "w", "assessmentBesluit", "NOA")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from assessment where statushouder_id = ?", statushouder) == 1);
    }

    @Test
    void a_statushouder_registered_elsewhere_is_unknown_to_another_gemeente() {
        UUID amersfoorter = UUID.randomUUID();
        publish(amersfoorter.toString(), registered(amersfoorter, "0307"));
        awaitKnown(amersfoorter);
        as(werkmatcher()).body(uitnodiging(amersfoorter, "NOA")).post(ASSESSMENTS)
                .then().statusCode(422).body("invalidParams.name", hasItem("statushouderId"));
        as(Tokens.token().roles("coa").gemeenten(Tokens.AMERSFOORT).build()).body(uitnodiging(amersfoorter, "NOA"))
                .post(ASSESSMENTS).then().statusCode(201);
    }

    @Test
    void unreadable_records_are_dead_lettered_unknown_types_skipped_and_processing_continues() {
        UUID id = UUID.randomUUID();
        publish(id.toString(), "not json at all",
                cloudEvent(UUID.randomUUID(), "something-new-happened", id, 1, "0344", Map.of()),
                registered(id, "0344"));
        awaitKnown(id);
    }

    private static String registered(UUID statushouder, String gemeente) {
        return cloudEvent(UUID.randomUUID(), "statushouder-registered", statushouder, 1, gemeente,
                Map.of("voornaam", "Amira", "achternaam", "Haddad", "geboortedatum", "1994-03-12"));
    }

    /** Publishes a registration of a new statushouder; once it is known, everything before it was handled. */
    private static UUID marker() {
        UUID marker = UUID.randomUUID();
        publish(marker.toString(), registered(marker, "0344"));
        return marker;
    }

    private static void awaitKnown(UUID statushouder) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from statushouder where id = ?", statushouder) == 1);
    }

    private static long count(String sql, Object param) {
        return TestPostgres.get().count("assessment", sql, param);
    }
}
