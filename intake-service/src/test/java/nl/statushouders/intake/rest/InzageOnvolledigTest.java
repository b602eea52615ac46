package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A service that does not answer: no export at all (an incomplete one would mislead), 503 with Retry-After. */
@QuarkusTest
@TestProfile(InzageOnvolledigTest.AssessmentOnbereikbaar.class)
class InzageOnvolledigTest {

    public static class AssessmentOnbereikbaar implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) has no listener here: the connection is refused at once.
            return Map.of("intake.inzage.diensten.assessment", "http://localhost:9", "intake.inzage.timeout", "PT2S");
        }
    }

    @Test
    void a_service_that_does_not_answer_fails_the_export_with_503() {
        String id = registreer(bsn());
        as(Tokens.withRoles("privacy-officer")).get("/api/intake/v1/inzage/" + id + "/export").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "30")
                .body("title", equalTo("Inzage niet volledig")).body("detail", containsString("assessment"));
    }
}
