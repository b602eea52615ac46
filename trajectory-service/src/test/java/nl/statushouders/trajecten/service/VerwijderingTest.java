package nl.statushouders.trajecten.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.testsupport.VerwijderingContract;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;

/** Intake's statushouder-verwijderd in this service: see {@link VerwijderingContract}. */
@QuarkusTest
class VerwijderingTest extends VerwijderingContract {

    @Override
    protected String database() {
        return "trajecten";
    }

    @Override
    protected UUID eenBetrokkene() {
        UUID id = statushouder();
        gepland(plan(id));
        return id;
    }

    @Override
    protected Response lees(UUID statushouderId) {
        return given().auth().oauth2(Tokens.withRoles("werkmatcher")).queryParam("statushouderId", statushouderId.toString())
                .get("/api/trajecten/v1/trajecten");
    }

    @Override
    protected long rijenOver(UUID statushouderId) {
        TestPostgres pg = TestPostgres.get();
        return pg.count("trajecten", "select count(*) from statushouder where id = ?", statushouderId)
                + pg.count("trajecten", "select count(*) from traject where statushouder_id = ?", statushouderId);
    }

    @Override
    protected void nogEenEventOver(UUID statushouderId) {
        TestEvents.publish("intake.events.v1", statushouderId.toString(), TestEvents.event("intake", "statushouder-registered")
                .statushouder(statushouderId).gemeente(Tokens.UTRECHT).data(Map.of("voornaam", "Amira", "achternaam", "Haddad",
                        "geboortedatum", "1990-04-01")).json());
    }
}
