package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.trajecten.Fixtures.TAALSCHOOL;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.gestart;
import static nl.statushouders.trajecten.Fixtures.inburgering;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.taalschool;
import static nl.statushouders.trajecten.Fixtures.uaf;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static nl.statushouders.trajecten.Fixtures.werkmatcherAmersfoort;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class OpvragenResourceTest {

    @Test
    void werkmatcher_and_vluchtelingenwerk_list_a_statushouders_trajectories_with_status() {
        UUID statushouder = statushouder();
        String taalstage = gestart(plan(statushouder));
        String inburgering = gepland(inburgering(statushouder, TAALSCHOOL));
        for (String token : new String[] {werkmatcher(), Tokens.withRoles("vluchtelingenwerk")}) {
            as(token).queryParam("statushouderId", statushouder.toString()).get(TRAJECTEN)
                    .then().statusCode(200)
                    .body("$", hasSize(2))
                    .body("id", containsInAnyOrder(taalstage, inburgering))
                    .body("find { it.id == '" + taalstage + "' }.status", equalTo("ACTIEF"))
                    .body("find { it.id == '" + inburgering + "' }.status", equalTo("GEPLAND"));
        }
        as(Tokens.withRoles("vluchtelingenwerk")).get(TRAJECTEN + "/" + taalstage).then().statusCode(200)
                .body("soort", equalTo("TAALSTAGE"));
    }

    @Test
    void a_taalschool_sees_only_its_own_students_trajectories() {
        UUID statushouder = statushouder();
        gestart(plan(statushouder));
        String inburgering = gepland(inburgering(statushouder, TAALSCHOOL));
        as(taalschool(TAALSCHOOL)).queryParam("statushouderId", statushouder.toString()).get(TRAJECTEN)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(inburgering));
        as(taalschool(TAALSCHOOL)).get(TRAJECTEN + "/" + inburgering).then().statusCode(200);
        as(taalschool("taalschool-amersfoort")).queryParam("statushouderId", statushouder.toString()).get(TRAJECTEN)
                .then().statusCode(200).body("$", hasSize(0));
        as(uaf()).get(TRAJECTEN + "/" + inburgering).then().statusCode(404);
    }

    @Test
    void a_taalschool_does_not_read_the_werkmatchers_motivering() {
        UUID statushouder = statushouder();
        Map<String, Object> body = new java.util.HashMap<>(inburgering(statushouder, TAALSCHOOL));
        body.put("motivering", "Persoonlijke omstandigheden: zorg voor een ziek kind");
        String inburgering = gepland(body);
        as(werkmatcher()).get(TRAJECTEN + "/" + inburgering).then().statusCode(200)
                .body("plan.motivering", equalTo("Persoonlijke omstandigheden: zorg voor een ziek kind"));
        as(taalschool(TAALSCHOOL)).get(TRAJECTEN + "/" + inburgering).then().statusCode(200)
                .body("plan.motivering", org.hamcrest.Matchers.nullValue());
        as(taalschool(TAALSCHOOL)).queryParam("statushouderId", statushouder.toString()).get(TRAJECTEN)
                .then().statusCode(200).body("[0].plan.motivering", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void another_gemeente_sees_nothing_unknown_is_404() {
        UUID statushouder = statushouder();
        String id = gepland(plan(statushouder));
        as(werkmatcherAmersfoort()).get(TRAJECTEN + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(werkmatcherAmersfoort()).queryParam("statushouderId", statushouder.toString()).get(TRAJECTEN)
                .then().statusCode(200).body("$", hasSize(0));
        as(werkmatcher()).get(TRAJECTEN + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void without_token_401_wrong_role_403() {
        String id = gepland(plan(statushouder()));
        given().get(TRAJECTEN + "/" + id).then().statusCode(401);
        as(Tokens.withRoles("coa")).get(TRAJECTEN + "/" + id).then().statusCode(403);
        as(Tokens.withRoles("teamleider")).queryParam("statushouderId", UUID.randomUUID().toString()).get(TRAJECTEN)
                .then().statusCode(403);
    }

    @Test
    void a_missing_or_malformed_statushouderId_is_400() {
        as(werkmatcher()).get(TRAJECTEN).then().statusCode(400).body("invalidParams.name", hasItem("statushouderId"));
        as(werkmatcher()).queryParam("statushouderId", "abc").get(TRAJECTEN).then().statusCode(400)
                .body("invalidParams.name", hasItem("statushouderId"));
    }
}
