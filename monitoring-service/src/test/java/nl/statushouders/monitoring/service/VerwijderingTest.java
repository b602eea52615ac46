package nl.statushouders.monitoring.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.testsupport.VerwijderingContract;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;

import static nl.statushouders.monitoring.Events.cloudEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Intake's statushouder-verwijderd in this service: see {@link VerwijderingContract}. */
@QuarkusTest
class VerwijderingTest extends VerwijderingContract {

    @Override
    protected String database() {
        return "monitoring";
    }

    @Override
    protected UUID eenBetrokkene() {
        UUID id = UUID.randomUUID();
        TestEvents.publish("intake.events.v1", id.toString(), cloudEvent("statushouder-registered", id, 1, Instant.now(),
                Tokens.UTRECHT, Map.of("voornaam", "Lina", "achternaam", "Verwijderbaar")));
        await().atMost(Duration.ofSeconds(30)).until(() -> TestPostgres.get()
                .count("monitoring", "select count(*) from voortgang where statushouder_id = ?", id) == 1);
        return id;
    }

    @Override
    protected Response lees(UUID statushouderId) {
        return given().auth().oauth2(Tokens.withRoles("werkmatcher")).get("/api/monitoring/v1/statushouders/" + statushouderId + "/voortgang");
    }

    @Override
    protected long rijenOver(UUID statushouderId) {
        TestPostgres pg = TestPostgres.get();
        return pg.count("monitoring", "select count(*) from voortgang where statushouder_id = ? and not verwijderd", statushouderId)
                + pg.count("monitoring", "select count(*) from voortgang_lijst where statushouder_id = ? and (not verwijderd "
                        + "or sorteernaam is not null or werkmatcher is not null)", statushouderId)
                + pg.count("monitoring", "select count(*) from voortgang where statushouder_id = ? and document like '%Verwijderbaar%'", statushouderId);
    }

    @Override
    protected void nogEenEventOver(UUID statushouderId) {
        TestEvents.publish("intake.events.v1", statushouderId.toString(), cloudEvent("werkmatcher-assigned", statushouderId, 2,
                Instant.now(), Tokens.UTRECHT, Map.of("werkmatcher", "werkmatcher.b")));
    }

    @org.junit.jupiter.api.Test
    void the_kpis_still_count_an_erased_person_and_no_list_shows_them() {
        UUID persoon = eenBetrokkene();
        String beleid = Tokens.withRoles("beleidsmedewerker");
        String voor = given().auth().oauth2(beleid).get("/api/monitoring/v1/kpis").then().statusCode(200).extract().asString();
        publiceerVerwijdering(persoon, Tokens.UTRECHT);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestPostgres.get().count("monitoring",
                "select count(*) from voortgang where statushouder_id = ? and verwijderd", persoon) == 1);
        assertThat(given().auth().oauth2(beleid).get("/api/monitoring/v1/kpis").then().statusCode(200).extract().asString())
                .isEqualTo(voor);
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).queryParam("paginaGrootte", "100")
                .get("/api/monitoring/v1/caseload").then().statusCode(200)
                .body("regels.statushouderId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(persoon.toString())));
    }
}
