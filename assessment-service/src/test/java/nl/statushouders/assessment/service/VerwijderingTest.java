package nl.statushouders.assessment.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.testsupport.VerwijderingContract;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

import static nl.statushouders.assessment.Fixtures.bekendeStatushouder;
import static nl.statushouders.assessment.Fixtures.nodigUit;

/** Intake's statushouder-verwijderd in this service: see {@link VerwijderingContract}. */
@QuarkusTest
class VerwijderingTest extends VerwijderingContract {

    @Override
    protected String database() {
        return "assessment";
    }

    @Override
    protected UUID eenBetrokkene() {
        UUID id = bekendeStatushouder();
        nodigUit(id, "NOA");
        return id;
    }

    @Override
    protected Response lees(UUID statushouderId) {
        return given().auth().oauth2(Tokens.withRoles("werkmatcher")).queryParam("statushouderId", statushouderId.toString())
                .get("/api/assessment/v1/assessments");
    }

    @Override
    protected long rijenOver(UUID statushouderId) {
        TestPostgres pg = TestPostgres.get();
        return pg.count("assessment", "select count(*) from statushouder where id = ?", statushouderId)
                + pg.count("assessment", "select count(*) from assessment where statushouder_id = ?", statushouderId);
    }

    @Override
    protected void nogEenEventOver(UUID statushouderId) {
        TestEvents.publish("intake.events.v1", statushouderId.toString(), TestEvents.event("intake", "startgesprek-held")
                .statushouder(statushouderId).gemeente(Tokens.UTRECHT).data(Map.of("datum", "2026-11-01",
                        "werkmatcher", "werkmatcher.utrecht", "assessmentBesluit", "NOA")).json());
    }
}
