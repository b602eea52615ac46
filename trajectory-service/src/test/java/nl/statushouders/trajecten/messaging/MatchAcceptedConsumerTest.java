package nl.statushouders.trajecten.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.trajecten.service.InkomendeEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.testsupport.TestEvents.event;
import static nl.statushouders.testsupport.TestEvents.publish;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.gestart;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.vandaag;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** werkgevers' match-accepted on the real topic plans exactly one trajectory, whatever the deliveries. */
@QuarkusTest
class MatchAcceptedConsumerTest {

    static final String WERKGEVERS = "werkgevers.events.v1";

    @Test
    void match_accepted_delivered_twice_plans_exactly_one_trajectory_with_the_match_data() {
        UUID statushouder = statushouder();
        UUID matchId = UUID.randomUUID();
        UUID plaatsId = UUID.randomUUID();
        String event = matchAccepted(UUID.randomUUID(), matchId, statushouder, plaatsId, "BETAALDE_BAAN", 24, null);
        publish(WERKGEVERS, statushouder.toString(), event, event);
        // The same match published again as a new event (a producer retry after a crash) plans nothing either.
        publish(WERKGEVERS, statushouder.toString(),
                matchAccepted(UUID.randomUUID(), matchId, statushouder, plaatsId, "BETAALDE_BAAN", 24, null));
        String trajectId = InkomendeEvents.trajectIdVoorMatch(matchId).toString();
        awaitProcessed(matchId);
        awaitDuplicatesSeen(statushouder);

        assertThat(count("select count(*) from traject where match_id = ?", matchId)).isEqualTo(1);
        assertThat(count("select count(*) from event_store where stream_id = ?", trajectId)).isEqualTo(1);
        as(werkmatcher()).get(TRAJECTEN + "/" + trajectId).then().statusCode(200)
                .body("status", equalTo("GEPLAND"))
                .body("soort", equalTo("BETAALD_WERK"))
                .body("plan.aanbieder", equalTo("Bakkerij De Korenschoof"))
                .body("plan.matchId", equalTo(matchId.toString()))
                .body("plan.plaatsId", equalTo(plaatsId.toString()))
                .body("plan.urenPerWeek", equalTo(24))
                .body("plan.startdatum", equalTo(vandaag().plusDays(14).toString()))
                .body("plan.geplandeEinddatum", equalTo(vandaag().plusDays(14).plusMonths(6).toString()))
                .body("plan.leerdoelen", hasSize(1))
                .body("plan.leerdoelen[0].soort", equalTo("VAKKENNIS"));

        await().atMost(Duration.ofSeconds(60)).until(() -> TestKafka.get().readAll("trajecten.events.v1").stream()
                .anyMatch(r -> r.value().contains("\"subject\":\"" + trajectId + "\"")
                        && r.value().contains("nl.statushouders.trajecten.traject-planned")));
    }

    @Test
    void a_young_persons_match_is_planned_but_starts_only_with_a_motivering() {
        UUID jongere = statushouder("0344", vandaag().minusYears(21));
        UUID matchId = UUID.randomUUID();
        publish(WERKGEVERS, jongere.toString(),
                matchAccepted(UUID.randomUUID(), matchId, jongere, UUID.randomUUID(), "WERKERVARINGSPLEK", 20, null));
        awaitProcessed(matchId);
        String id = InkomendeEvents.trajectIdVoorMatch(matchId).toString();
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(422)
                .body("invalidParams.name", hasItem("motivering"))
                .body("invalidParams.reason.toString()", containsString("jongeren-eerst-onderwijs"));
        as(werkmatcher()).body(Map.of("motivering", "Werkervaring nodig voor toelating tot de opleiding"))
                .post(TRAJECTEN + "/" + id + "/start").then().statusCode(200).body("status", equalTo("ACTIEF"));
        await().atMost(Duration.ofSeconds(60)).until(() -> TestKafka.get().readAll("trajecten.events.v1").stream()
                .anyMatch(r -> r.value().contains("\"subject\":\"" + id + "\"")
                        && r.value().contains("werkervaringsplek-started")
                        // The motivering is about the person: it travels encrypted with their key.
                        && !r.value().contains("Werkervaring nodig voor toelating tot de opleiding")
                        && nl.statushouders.testsupport.EventSchemas.ontsleuteld(nl.statushouders.testsupport.TestEvents.read(r.value())).at("/data/motivering")
                                .asText().equals("Werkervaring nodig voor toelating tot de opleiding")));
    }

    @Test
    void the_hours_rule_skipped_at_a_match_plan_is_enforced_at_the_start() {
        UUID statushouder = statushouder();
        Map<String, Object> inburgering = plan(statushouder);
        inburgering.put("soort", "INBURGERING");
        inburgering.put("urenPerWeek", 30);
        gestart(inburgering);
        UUID matchId = UUID.randomUUID();
        publish(WERKGEVERS, statushouder.toString(),
                matchAccepted(UUID.randomUUID(), matchId, statushouder, UUID.randomUUID(), "TAALSTAGE", 16, "Past goed"));
        awaitProcessed(matchId);
        String id = InkomendeEvents.trajectIdVoorMatch(matchId).toString();
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(422)
                .body("invalidParams.name", hasItem("urenPerWeek"));
        as(werkmatcher()).get(TRAJECTEN + "/" + id).then().statusCode(200)
                .body("status", equalTo("GEPLAND")).body("plan.motivering", equalTo("Past goed"));
    }

    @Test
    void a_match_before_the_registration_is_planned_and_the_registration_completes_the_statushouder() {
        UUID statushouder = UUID.randomUUID();
        UUID matchId = UUID.randomUUID();
        publish(WERKGEVERS, statushouder.toString(),
                matchAccepted(UUID.randomUUID(), matchId, statushouder, UUID.randomUUID(), "PROEFPLAATSING", 16, null));
        awaitProcessed(matchId);
        assertThat(count("select count(*) from statushouder where id = ? and not geregistreerd", statushouder)).isEqualTo(1);
        Map<String, Object> data = new HashMap<>();
        data.put("statushouderId", statushouder.toString());
        data.put("geboortedatum", LocalDate.of(1985, 4, 2).toString());
        publish("intake.events.v1", statushouder.toString(),
                event("intake", "statushouder-registered").subject(statushouder).gemeente("0344").data(data).json());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from statushouder where id = ? and geregistreerd and geboortedatum is not null",
                        statushouder) == 1);
        as(werkmatcher()).queryParam("statushouderId", statushouder.toString()).get(TRAJECTEN).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].soort", equalTo("PROEFPLAATSING"));
    }

    @Test
    void a_match_that_cannot_be_planned_is_parked_and_dead_lettered_the_persons_later_matches_wait_and_others_flow_on() {
        UUID statushouder = statushouder();
        UUID ander = statushouder();
        UUID kapot = UUID.randomUUID();
        UUID wacht = UUID.randomUUID();
        UUID goed = UUID.randomUUID();
        UUID kapotEvent = UUID.randomUUID();
        UUID wachtEvent = UUID.randomUUID();
        publish(WERKGEVERS, statushouder.toString(),
                "geen json",
                matchAccepted(kapotEvent, kapot, statushouder, UUID.randomUUID(), "ONBEKENDE_PLAATS", 8, null),
                matchAccepted(wachtEvent, wacht, statushouder, UUID.randomUUID(), "VRIJWILLIGERSWERK", 8, null));
        publish(WERKGEVERS, ander.toString(),
                matchAccepted(UUID.randomUUID(), goed, ander, UUID.randomUUID(), "VRIJWILLIGERSWERK", 8, null));
        awaitProcessed(goed);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestKafka.get().readAll("trajecten.dead-letter.v1").stream()
                .anyMatch(r -> r.value().contains(kapotEvent.toString())));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from parked_event where event_id = ? and redriven_at is null", wachtEvent) == 1);
        assertThat(count("select count(*) from traject where match_id = ?", kapot)).isZero();
        assertThat(count("select count(*) from traject where match_id = ?", wacht)).as("waits behind the parked match").isZero();
        assertThat(count("select count(*) from parked_event where record_value = 'geen json' and event_id is null"))
                .as("the unreadable record is kept too").isPositive();
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).get("/api/trajecten/v1/geparkeerde-events")
                .then().statusCode(200).body("eventId", org.hamcrest.Matchers.hasItems(kapotEvent.toString(), wachtEvent.toString()));
    }

    static String matchAccepted(UUID eventId, UUID matchId, UUID statushouder, UUID plaatsId, String soort, int uren,
                                String motivering) {
        Map<String, Object> data = new HashMap<>();
        data.put("matchId", matchId.toString());
        data.put("statushouderId", statushouder.toString());
        data.put("plaatsId", plaatsId.toString());
        data.put("werkgeverId", UUID.randomUUID().toString());
        data.put("werkgeverNaam", "Bakkerij De Korenschoof");
        data.put("soort", soort);
        data.put("functie", "Medewerker bakkerij");
        data.put("urenPerWeek", uren);
        data.put("startdatum", vandaag().plusDays(14).toString());
        data.put("leerdoelen", List.of(Map.of("soort", "VAKKENNIS", "omschrijving", "Brood bakken")));
        data.put("motivering", motivering);
        return event("werkgevers", "match-accepted").id(eventId).subject(matchId).gemeente("0344").data(data).json();
    }

    private static void awaitProcessed(UUID matchId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from traject where match_id = ?", matchId) == 1);
    }

    /** A marker match after the duplicates, on the same partition: once it is planned, the duplicates were seen too. */
    private static void awaitDuplicatesSeen(UUID statushouder) {
        UUID marker = UUID.randomUUID();
        publish(WERKGEVERS, statushouder.toString(),
                matchAccepted(UUID.randomUUID(), marker, statushouder, UUID.randomUUID(), "VRIJWILLIGERSWERK", 1, null));
        awaitProcessed(marker);
    }

    private static long count(String sql, Object... params) {
        return TestPostgres.get().count("trajecten", sql, params);
    }
}
