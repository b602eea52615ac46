package nl.statushouders.monitoring.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publish;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class VoortgangResourceTest {

    static final UUID UTRECHTER = UUID.randomUUID();

    @BeforeAll
    static void feed() {
        publish("intake.events.v1", UTRECHTER.toString(), cloudEvent("statushouder-registered", UTRECHTER, 1,
                Instant.now(), Tokens.UTRECHT, Map.of("voornaam", "Lina")));
    }

    private static String url(Object id) {
        return "/api/monitoring/v1/statushouders/" + id + "/voortgang";
    }

    @Test
    void readable_for_werkmatcher_teamleider_and_vluchtelingenwerk() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.withRoles("werkmatcher")).get(url(UTRECHTER)).then().statusCode(200));
        for (String role : new String[]{"werkmatcher", "teamleider", "vluchtelingenwerk"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get(url(UTRECHTER))
                    .then().statusCode(200).header("API-Version", "1.0.0")
                    .body("voortgang.statushouderId", equalTo(UTRECHTER.toString()))
                    .body("voortgang.fase", equalTo("AANGEMELD"));
        }
    }

    @Test
    void no_token_is_401() {
        given().get(url(UTRECHTER)).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void other_roles_are_403_beleidsmedewerker_sees_no_person() {
        for (String role : new String[]{"beleidsmedewerker", "coa", "taalschool", "werkgeversservicepunt", "platform-beheer"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get(url(UTRECHTER))
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void another_gemeente_unknown_or_malformed_ids_are_404() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.withRoles("werkmatcher")).get(url(UTRECHTER)).then().statusCode(200));
        given().auth().oauth2(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build())
                .get(url(UTRECHTER)).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).get(url(UUID.randomUUID())).then().statusCode(404);
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).get(url("abc")).then().statusCode(404);
    }

    @Test
    void rebuild_is_for_platform_beheer_only() {
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).post("/api/monitoring/v1/projecties/herbouw")
                .then().statusCode(403);
        given().post("/api/monitoring/v1/projecties/herbouw").then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).post("/api/monitoring/v1/projecties/herbouw")
                .then().statusCode(202).header("Location", org.hamcrest.Matchers.endsWith("/projecties/herbouw"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.withRoles("platform-beheer"))
                .get("/api/monitoring/v1/projecties/herbouw").then().statusCode(200).body("toestand", equalTo("KLAAR")));
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).get("/api/monitoring/v1/projecties/herbouw")
                .then().body("verwerkt", org.hamcrest.Matchers.greaterThan(0));
        given().auth().oauth2(Tokens.withRoles("teamleider")).get("/api/monitoring/v1/projecties/herbouw").then().statusCode(403);
    }
}
