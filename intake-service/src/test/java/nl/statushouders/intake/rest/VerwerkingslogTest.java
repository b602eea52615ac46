package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.VerwerkingslogContract;

import java.util.UUID;

import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;

/** The processing log of intake: reading a file is logged (see {@link VerwerkingslogContract}). */
@QuarkusTest
class VerwerkingslogTest extends VerwerkingslogContract {

    @Override
    protected String root() {
        return "/api/intake/v1";
    }

    @Override
    protected String database() {
        return "intake";
    }

    @Override
    protected String activiteit() {
        return "intake";
    }

    @Override
    protected UUID eenBetrokkene() {
        return UUID.fromString(registreer(bsn()));
    }

    @Override
    protected Response lees(UUID statushouderId, String token) {
        return als(token).get(STATUSHOUDERS + "/" + statushouderId);
    }
}
