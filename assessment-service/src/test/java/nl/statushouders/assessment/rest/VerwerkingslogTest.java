package nl.statushouders.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.statushouders.testsupport.VerwerkingslogContract;

import java.util.UUID;

import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.nodigUit;
import static nl.statushouders.assessment.Fixtures.bekendeStatushouder;

/** The processing log of this service: see {@link VerwerkingslogContract}. */
@QuarkusTest
class VerwerkingslogTest extends VerwerkingslogContract {

    @Override
    protected String root() {
        return "/api/assessment/v1";
    }

    @Override
    protected String database() {
        return "assessment";
    }

    @Override
    protected String activiteit() {
        return "brede-intake";
    }

    @Override
    protected UUID eenBetrokkene() {
        UUID id = bekendeStatushouder();
        nodigUit(id, "NOA");
        return id;
    }

    @Override
    protected Response lees(UUID statushouderId, String token) {
        return als(token).queryParam("statushouderId", statushouderId.toString()).get(ASSESSMENTS);
    }
}
