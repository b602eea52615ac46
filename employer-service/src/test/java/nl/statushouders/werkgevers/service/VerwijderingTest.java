package nl.statushouders.werkgevers.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.testsupport.VerwijderingContract;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

import static nl.statushouders.werkgevers.Fixtures.assessment;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.stelVoor;

/** Intake's statushouder-verwijderd in this service: see {@link VerwijderingContract}. */
@QuarkusTest
class VerwijderingTest extends VerwijderingContract {

    @Override
    protected String database() {
        return "werkgevers";
    }

    @Override
    protected UUID eenBetrokkene() {
        UUID id = statushouder("A2");
        stelVoor(id, biedPlaatsAan(registreerWerkgever(), plaats("TAALSTAGE")));
        return id;
    }

    @Override
    protected Response lees(UUID statushouderId) {
        return given().auth().oauth2(Tokens.withRoles("werkmatcher")).queryParam("statushouderId", statushouderId.toString())
                .get("/api/werkgevers/v1/matches");
    }

    @Override
    protected long rijenOver(UUID statushouderId) {
        TestPostgres pg = TestPostgres.get();
        return pg.count("werkgevers", "select count(*) from statushouder where id = ?", statushouderId)
                + pg.count("werkgevers", "select count(*) from matching where statushouder_id = ?", statushouderId);
    }

    @Override
    protected void nogEenEventOver(UUID statushouderId) {
        TestEvents.publish("assessment.events.v1", statushouderId.toString(), TestEvents.event("assessment", "assessment-completed")
                .statushouder(statushouderId).subject(UUID.randomUUID()).gemeente(Tokens.UTRECHT)
                .data(assessment("B1", "Kok", 10, java.time.LocalDate.now().minusDays(3))).json());
    }
}
