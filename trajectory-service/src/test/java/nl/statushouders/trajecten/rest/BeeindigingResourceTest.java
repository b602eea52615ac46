package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.trajecten.StoreCounts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.trajecten.Fixtures.TAALSCHOOL;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.beeindiging;
import static nl.statushouders.trajecten.Fixtures.gestart;
import static nl.statushouders.trajecten.Fixtures.inburgering;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.taalschool;
import static nl.statushouders.trajecten.Fixtures.vandaag;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static nl.statushouders.trajecten.Fixtures.werkmatcherAmersfoort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class BeeindigingResourceTest {

    @Test
    void a_werkmatcher_ends_an_active_trajectory_once() {
        String id = gestart(plan(statushouder()));
        as(werkmatcher()).body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging")
                .then().statusCode(200)
                .body("status", equalTo("BEEINDIGD"))
                .body("beeindiging.reden", equalTo("AFGEROND"))
                .body("beeindiging.datum", equalTo(vandaag().toString()));
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging").then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void without_token_401_wrong_role_403_other_gemeente_404() {
        String id = gestart(inburgering(statushouder(), TAALSCHOOL));
        StoreCounts before = StoreCounts.now();
        given().contentType("application/json").body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging").then().statusCode(401);
        as(taalschool(TAALSCHOOL)).body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging").then().statusCode(403);
        as(Tokens.withRoles("vluchtelingenwerk")).body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging").then().statusCode(403);
        as(werkmatcherAmersfoort()).body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging").then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_missing_or_unknown_reason_is_400() {
        String id = gestart(plan(statushouder()));
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(Map.of("datum", vandaag().toString())).post(TRAJECTEN + "/" + id + "/beeindiging")
                .then().statusCode(400).body("invalidParams.name", hasItem("reden"));
        as(werkmatcher()).body(Map.of("datum", vandaag().toString(), "reden", "ZOMAAR")).post(TRAJECTEN + "/" + id + "/beeindiging")
                .then().statusCode(400).body("invalidParams.name", hasItem("reden"));
        as(werkmatcher()).body(Map.of("reden", "UITVAL")).post(TRAJECTEN + "/" + id + "/beeindiging")
                .then().statusCode(400).body("invalidParams.name", hasItem("datum"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
