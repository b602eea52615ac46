package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.trajecten.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.trajecten.Fixtures.TAALSCHOOL;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.beeindiging;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.gestart;
import static nl.statushouders.trajecten.Fixtures.inburgering;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.taalschool;
import static nl.statushouders.trajecten.Fixtures.uaf;
import static nl.statushouders.trajecten.Fixtures.vandaag;
import static nl.statushouders.trajecten.Fixtures.voortgang;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static nl.statushouders.trajecten.Fixtures.werkmatcherAmersfoort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class VoortgangResourceTest {

    @Test
    void a_werkmatcher_reports_progress_201_and_the_trajectory_shows_the_latest_and_the_count() {
        String id = gestart(plan(statushouder()));
        as(werkmatcher()).body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang")
                .then().statusCode(201)
                .header("Location", containsString(TRAJECTEN + "/" + id))
                .body("laatsteVoortgang.aanwezigheidPercentage", equalTo(85))
                .body("laatsteVoortgang.gemeldDoor", equalTo("gemeente"))
                .body("aantalVoortgangsmeldingen", equalTo(1));
        Map<String, Object> tweede = voortgang();
        tweede.put("taalniveau", Map.of("spreken", "A2"));
        tweede.put("toelichting", "Spreekt nu op A2");
        tweede.remove("aanwezigheidPercentage");
        as(werkmatcher()).body(tweede).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(201);
        as(werkmatcher()).get(TRAJECTEN + "/" + id).then().statusCode(200)
                .body("aantalVoortgangsmeldingen", equalTo(2))
                .body("laatsteVoortgang.toelichting", equalTo("Spreekt nu op A2"))
                .body("laatsteVoortgang.taalniveau.spreken", equalTo("A2"));
    }

    @Test
    void a_report_with_a_stale_if_match_gets_412_and_stores_nothing_a_current_one_lands() {
        String id = gestart(plan(statushouder()));
        String etag = as(werkmatcher()).get(TRAJECTEN + "/" + id).then().statusCode(200).extract().header("ETag");
        String nieuw = as(werkmatcher()).header("If-Match", etag).body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang")
                .then().statusCode(201).extract().header("ETag");
        assertThat(nieuw).isNotEqualTo(etag);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).header("If-Match", etag).body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang")
                .then().statusCode(412).contentType("application/problem+json");
        as(werkmatcher()).header("If-Match", etag).body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging")
                .then().statusCode(412);
        assertThat(StoreCounts.now()).isEqualTo(before);
        as(werkmatcher()).header("If-Match", "geen versie").body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang")
                .then().statusCode(400).contentType("application/problem+json");
        as(werkmatcher()).get(TRAJECTEN + "/" + id).then().body("aantalVoortgangsmeldingen", equalTo(1));
    }

    @Test
    void a_taalschool_reports_for_its_own_inburgering_student_with_an_exam_result() {
        String id = gestart(inburgering(statushouder(), TAALSCHOOL));
        Map<String, Object> body = voortgang();
        body.put("examen", Map.of("onderdeel", "Lezen", "datum", vandaag().minusDays(3).toString(), "behaald", true));
        as(taalschool(TAALSCHOOL)).body(body).post(TRAJECTEN + "/" + id + "/voortgang")
                .then().statusCode(201)
                .body("laatsteVoortgang.gemeldDoor", equalTo(TAALSCHOOL))
                .body("laatsteVoortgang.examen.onderdeel", equalTo("Lezen"))
                .body("laatsteVoortgang.examen.behaald", equalTo(true));
    }

    @Test
    void the_same_taalschool_on_someone_elses_trajectory_gets_404_and_stores_nothing() {
        UUID statushouder = statushouder();
        String taalstage = gestart(plan(statushouder));
        String andereSchool = gestart(inburgering(statushouder(), "taalschool-amersfoort"));
        StoreCounts before = StoreCounts.now();
        as(taalschool(TAALSCHOOL)).body(voortgang()).post(TRAJECTEN + "/" + taalstage + "/voortgang")
                .then().statusCode(404).contentType("application/problem+json");
        as(taalschool(TAALSCHOOL)).body(voortgang()).post(TRAJECTEN + "/" + andereSchool + "/voortgang")
                .then().statusCode(404);
        as(taalschool(TAALSCHOOL)).get(TRAJECTEN + "/" + taalstage).then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void uaf_reports_for_its_own_students_only() {
        Map<String, Object> opleiding = plan(statushouder());
        opleiding.put("soort", "OPLEIDING");
        opleiding.put("aanbieder", "Hogeschool Utrecht");
        opleiding.put("aanbiederOrganisatie", "uaf");
        String eigen = gestart(opleiding);
        String ander = gestart(inburgering(statushouder(), TAALSCHOOL));
        as(uaf()).body(voortgang()).post(TRAJECTEN + "/" + eigen + "/voortgang").then().statusCode(201)
                .body("laatsteVoortgang.gemeldDoor", equalTo("uaf"));
        as(uaf()).body(voortgang()).post(TRAJECTEN + "/" + ander + "/voortgang").then().statusCode(404);
    }

    @Test
    void a_taalschool_token_without_organisatie_is_403() {
        String id = gestart(inburgering(statushouder(), TAALSCHOOL));
        as(Tokens.withRoles("taalschool")).body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(403);
    }

    @Test
    void without_token_401_wrong_role_403_other_gemeente_404() {
        String id = gestart(plan(statushouder()));
        StoreCounts before = StoreCounts.now();
        given().contentType("application/json").body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(401);
        as(Tokens.withRoles("vluchtelingenwerk")).body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(403);
        as(Tokens.withRoles("coa")).body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(403);
        as(werkmatcherAmersfoort()).body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(404);
        as(Tokens.token().roles("taalschool").organisatie(TAALSCHOOL).gemeenten(Tokens.AMERSFOORT).build()).body(voortgang())
                .post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void progress_on_a_planned_or_ended_trajectory_is_409() {
        String gepland = gepland(plan(statushouder()));
        String beeindigd = gestart(plan(statushouder()));
        as(werkmatcher()).body(beeindiging()).post(TRAJECTEN + "/" + beeindigd + "/beeindiging").then().statusCode(200);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(voortgang()).post(TRAJECTEN + "/" + gepland + "/voortgang").then().statusCode(409);
        as(werkmatcher()).body(voortgang()).post(TRAJECTEN + "/" + beeindigd + "/voortgang").then().statusCode(409);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_date_in_the_future_or_attendance_over_100_is_422() {
        String id = gestart(plan(statushouder()));
        StoreCounts before = StoreCounts.now();
        Map<String, Object> morgen = voortgang();
        morgen.put("datum", vandaag().plusDays(1).toString());
        as(werkmatcher()).body(morgen).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(422)
                .body("invalidParams.name", hasItem("datum"));
        Map<String, Object> teVeel = voortgang();
        teVeel.put("aanwezigheidPercentage", 101);
        as(werkmatcher()).body(teVeel).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(422)
                .body("invalidParams.name", hasItem("aanwezigheidPercentage"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"datum", "toelichting"})
    void a_missing_field_is_400(String field) {
        String id = gestart(plan(statushouder()));
        Map<String, Object> body = voortgang();
        body.remove(field);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(400)
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void malformed_language_levels_and_exams_are_400() {
        String id = gestart(plan(statushouder()));
        StoreCounts before = StoreCounts.now();
        Map<String, Object> body = voortgang();
        body.put("taalniveau", Map.of("spreken", "D1"));
        as(werkmatcher()).body(body).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(400)
                .body("invalidParams.name", hasItem("taalniveau.spreken"));
        body = voortgang();
        body.put("examen", Map.of("onderdeel", "Lezen"));
        as(werkmatcher()).body(body).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(400)
                .body("invalidParams.name", hasItem("examen.datum"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
