package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.VerwerkingslogContract;

import java.util.UUID;

import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;

/** The processing log of this service: see {@link VerwerkingslogContract}. */
@QuarkusTest
class VerwerkingslogTest extends VerwerkingslogContract {

    @Override
    protected String root() {
        return "/api/trajecten/v1";
    }

    @Override
    protected String database() {
        return "trajecten";
    }

    @Override
    protected String activiteit() {
        return "trajectbegeleiding";
    }

    @Override
    protected UUID eenBetrokkene() {
        UUID id = statushouder();
        gepland(plan(id));
        return id;
    }

    @Override
    protected Response lees(UUID statushouderId, String token) {
        return als(token).queryParam("statushouderId", statushouderId.toString()).get(TRAJECTEN);
    }
}
