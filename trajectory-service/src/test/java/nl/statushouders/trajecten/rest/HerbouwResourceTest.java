package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

@QuarkusTest
class HerbouwResourceTest {

    static final String HERBOUW = "/api/trajecten/v1/projecties/herbouw";

    @Test
    void platform_beheer_starts_a_rebuild_202_and_follows_it_to_klaar() {
        gepland(plan(statushouder()));
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).post(HERBOUW)
                .then().statusCode(202).header("Location", endsWith(HERBOUW)).body("toestand", equalTo("BEZIG"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(Tokens.withRoles("platform-beheer")).get(HERBOUW)
                        .then().statusCode(200).header("API-Version", "1.0.0").body("toestand", equalTo("KLAAR")));
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).get(HERBOUW)
                .then().body("verwerkt", greaterThan(0)).body("sleutels", greaterThan(0));
    }

    @Test
    void without_a_token_401() {
        given().post(HERBOUW).then().statusCode(401).contentType("application/problem+json");
        given().get(HERBOUW).then().statusCode(401);
    }

    @Test
    void other_roles_403() {
        for (String role : new String[]{"werkmatcher", "teamleider", "taalschool", "vluchtelingenwerk"}) {
            given().auth().oauth2(Tokens.withRoles(role)).post(HERBOUW).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(Tokens.withRoles(role)).get(HERBOUW).then().statusCode(403);
        }
    }
}
