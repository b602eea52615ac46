package nl.statushouders.werkgevers.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.VerwerkingslogContract;

import java.util.UUID;

import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.stelVoor;

/** The processing log of this service: see {@link VerwerkingslogContract}. */
@QuarkusTest
class VerwerkingslogTest extends VerwerkingslogContract {

    @Override
    protected String root() {
        return "/api/werkgevers/v1";
    }

    @Override
    protected String database() {
        return "werkgevers";
    }

    @Override
    protected String activiteit() {
        return "bemiddeling";
    }

    @Override
    protected UUID eenBetrokkene() {
        UUID id = statushouder("A2");
        stelVoor(id, biedPlaatsAan(registreerWerkgever(), plaats("TAALSTAGE")));
        return id;
    }

    @Override
    protected Response lees(UUID statushouderId, String token) {
        return als(token).queryParam("statushouderId", statushouderId.toString()).get(MATCHES);
    }
}
