package nl.statushouders.assessment.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.as;
import static nl.statushouders.assessment.Fixtures.nodigUit;
import static nl.statushouders.assessment.Fixtures.planSessie;
import static nl.statushouders.assessment.Fixtures.resultaat;
import static nl.statushouders.assessment.Fixtures.vandaag;
import static nl.statushouders.assessment.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * Both read models of assessment rebuilt from history: the assessments from the event store, the
 * known statushouders from the intake events the consumer kept. Nothing a handler did is done again.
 */
@QuarkusTest
class AssessmentHerbouwTest {

    static final String INTAKE_TOPIC = "intake.events.v1";
    static final String HERBOUW = "/api/assessment/v1/projecties/herbouw";

    @Inject
    Rebuilds rebuilds;

    @Test
    void a_rebuild_restores_assessments_and_known_statushouders_exactly_and_invites_nobody_again() {
        // Invited by intake's startgesprek, then a session and a no-show through the API.
        UUID uitgenodigd = UUID.randomUUID();
        UUID startgesprek = UUID.randomUUID();
        publish(uitgenodigd, registered(uitgenodigd), startgesprekHeld(startgesprek, uitgenodigd, "NOA"));
        String viaStartgesprek = IntakeEventHandler.assessmentIdVoor(startgesprek).toString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(werkmatcher()).get(ASSESSMENTS + "/" + viaStartgesprek).then().statusCode(200));
        planSessie(viaStartgesprek, vandaag());
        as(werkmatcher()).body(Map.of("datum", vandaag().toString())).post(ASSESSMENTS + "/" + viaStartgesprek + "/niet-verschenen")
                .then().statusCode(201);
        // No assessment from the startgesprek; invited by hand and completed.
        UUID metHand = UUID.randomUUID();
        publish(metHand, registered(metHand), startgesprekHeld(UUID.randomUUID(), metHand, "GEEN"));
        UUID alleenBekend = UUID.randomUUID();
        publish(alleenBekend, registered(alleenBekend));
        awaitKnown(metHand);
        awaitKnown(alleenBekend);
        String afgerond = nodigUit(metHand, "NOA");
        planSessie(afgerond, vandaag());
        as(Tokens.withRoles("noa-assessment")).body(resultaat()).post(ASSESSMENTS + "/" + afgerond + "/resultaat")
                .then().statusCode(201);

        List<UUID> statushouders = List.of(uitgenodigd, metHand, alleenBekend);
        Map<String, String> bekendVoor = rows("select * from statushouder where id in (" + in(statushouders) + ")");
        Map<String, String> assessmentsVoor = rows("select * from assessment where statushouder_id in (" + in(statushouders) + ")");
        assertThat(bekendVoor).hasSize(3);
        assertThat(assessmentsVoor).hasSize(2).containsKeys(viaStartgesprek, afgerond);
        long eventsVoor = eventsOf(statushouders);
        assertThat(eventsVoor).isEqualTo(6);

        TestPostgres pg = TestPostgres.get();
        pg.execute("assessment", "update statushouder set gemeente = '0000' where id = '" + uitgenodigd + "'");
        pg.execute("assessment", "delete from statushouder where id = '" + alleenBekend + "'");
        pg.execute("assessment", "update assessment set gemeente = '0000', soort = 'ALTERNATIEF', locatie = 'fout', "
                + "status = 'AFGEROND', sessies = '[]', niet_verschenen = '[]', resultaat = '{}', startgesprek_event_id = null, "
                + "versie = 99, uitgenodigd_op = '2000-01-01T00:00:00Z' where id = '" + viaStartgesprek + "'");
        pg.execute("assessment", "delete from assessment where id = '" + afgerond + "'");

        Rebuilds.Status status = rebuilds.runNow();
        // The history holds what the read model needs, not the names the registrations carried.
        org.assertj.core.api.Assertions.assertThat(nl.statushouders.testsupport.TestPostgres.get().count("assessment",
                "select count(*) from received_event where data like '%voornaam%' or data like '%achternaam%'")).isZero();

        assertThat(status.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        // 3 + 3 assessment events, 5 intake events at least; more from other tests.
        assertThat(status.verwerkt()).isGreaterThanOrEqualTo(11).isEqualTo(status.totaal());
        assertThat(rows("select * from statushouder where id in (" + in(statushouders) + ")")).isEqualTo(bekendVoor);
        assertThat(rows("select * from assessment where statushouder_id in (" + in(statushouders) + ")"))
                .isEqualTo(assessmentsVoor);
        // The startgesprekken were not handled again: no new invitation, no new event to publish.
        assertThat(eventsOf(statushouders)).isEqualTo(eventsVoor);
    }

    @Test
    void the_rebuild_endpoint_is_for_platform_beheer_only() {
        nodigUit("NOA");
        given().post(HERBOUW).then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).post(HERBOUW).then().statusCode(403);
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).post(HERBOUW)
                .then().statusCode(202).header("Location", endsWith(HERBOUW));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.withRoles("platform-beheer"))
                .get(HERBOUW).then().statusCode(200).body("toestand", equalTo("KLAAR")));
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).get(HERBOUW).then().body("verwerkt", greaterThan(0));
        given().get(HERBOUW).then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles("coa")).get(HERBOUW).then().statusCode(403);
    }

    private static String registered(UUID statushouder) {
        return TestEvents.event("intake", "statushouder-registered").id(UUID.randomUUID()).statushouder(statushouder)
                .sequence(1).gemeente(Tokens.UTRECHT).withDataschema()
                .data(Map.of("voornaam", "Amira", "achternaam", "Haddad", "geboortedatum", "1994-03-12")).json();
    }

    private static String startgesprekHeld(UUID eventId, UUID statushouder, String besluit) {
        return TestEvents.event("intake", "startgesprek-held").id(eventId).statushouder(statushouder).sequence(2)
                .gemeente(Tokens.UTRECHT).withDataschema()
                .data(Map.of("datum", vandaag().minusDays(1).toString(), "werkmatcher", "werkmatcher.utrecht",
                        "assessmentBesluit", besluit, "motivering", "Past bij het besluit"))
                .json();
    }

    private static void publish(UUID statushouder, String... events) {
        TestEvents.publish(INTAKE_TOPIC, statushouder.toString(), events);
    }

    private static void awaitKnown(UUID statushouder) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                TestPostgres.get().count("assessment", "select count(*) from statushouder where id = ?", statushouder) == 1);
    }

    /** Events about these statushouders: handling a startgesprek again would add one. */
    private static long eventsOf(List<UUID> statushouders) {
        String patterns = statushouders.stream().map(id -> "'%" + id + "%'").collect(Collectors.joining(", "));
        return TestPostgres.get().count("assessment", "select count(*) from event_store where payload like any (array["
                + patterns + "])");
    }

    private static String in(List<UUID> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }

    /** Every column of the rows as text, per id: what a reader of the table sees. */
    private static Map<String, String> rows(String sql) {
        return TestPostgres.get().rows("assessment", sql + " order by id");
    }
}
