package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.trajecten.StoreCounts;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.beeindiging;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.vandaag;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static nl.statushouders.trajecten.Fixtures.werkmatcherAmersfoort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class StartResourceTest {

    @Test
    void a_werkmatcher_starts_a_planned_trajectory() {
        String id = gepland(plan(statushouder()));
        as(werkmatcher()).body(Map.of("startdatum", vandaag().plusDays(2).toString())).post(TRAJECTEN + "/" + id + "/start")
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("status", equalTo("ACTIEF"))
                .body("gestartOp", equalTo(vandaag().plusDays(2).toString()))
                .body("versie", equalTo(2));
    }

    @Test
    void without_a_body_the_planned_start_date_is_used() {
        String id = gepland(plan(statushouder()));
        as(werkmatcher()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(200)
                .body("gestartOp", equalTo(vandaag().toString()));
    }

    @Test
    void a_second_start_is_409_and_stores_nothing() {
        String id = gepland(plan(statushouder()));
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(200);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void an_ended_trajectory_does_not_start() {
        String id = gepland(plan(statushouder()));
        as(werkmatcher()).body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging").then().statusCode(200);
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(409);
    }

    @Test
    void without_token_401_wrong_role_403_other_gemeente_404_unknown_404() {
        String id = gepland(plan(statushouder()));
        StoreCounts before = StoreCounts.now();
        given().contentType("application/json").body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(401);
        as(Tokens.withRoles("vluchtelingenwerk")).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(403);
        as(Tokens.token().roles("taalschool").organisatie("taalschool-utrecht").build()).body(Map.of())
                .post(TRAJECTEN + "/" + id + "/start").then().statusCode(403);
        as(werkmatcherAmersfoort()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(404)
                .contentType("application/problem+json");
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + UUID.randomUUID() + "/start").then().statusCode(404);
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/geen-uuid/start").then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_start_date_on_or_after_the_planned_end_is_422_and_a_malformed_one_400() {
        String id = gepland(plan(statushouder()));
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(Map.of("startdatum", vandaag().plusMonths(6).toString())).post(TRAJECTEN + "/" + id + "/start")
                .then().statusCode(422).body("invalidParams.name", hasItem("geplandeEinddatum"));
        as(werkmatcher()).body(Map.of("startdatum", "morgen")).post(TRAJECTEN + "/" + id + "/start")
                .then().statusCode(400).body("invalidParams.name", hasItem("startdatum"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
