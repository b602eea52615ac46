package nl.statushouders.werkgevers.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class HerbouwResourceTest {

    static final String HERBOUW = "/api/werkgevers/v1/projecties/herbouw";

    @Test
    void platform_beheer_starts_a_rebuild_and_follows_it_until_klaar() {
        String beheer = Tokens.withRoles("platform-beheer");
        given().auth().oauth2(beheer).post(HERBOUW).then().statusCode(202)
                .header("Location", endsWith("/projecties/herbouw"))
                .body("toestand", equalTo("BEZIG"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(beheer).get(HERBOUW).then().statusCode(200)
                        .body("toestand", equalTo("KLAAR"))
                        .body("klaar", notNullValue()));
    }

    @Test
    void without_a_token_401_with_another_role_403() {
        given().post(HERBOUW).then().statusCode(401);
        given().get(HERBOUW).then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).post(HERBOUW).then().statusCode(403);
        given().auth().oauth2(wsp()).get(HERBOUW).then().statusCode(403);
    }
}
