package nl.statushouders.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.assessment.StoreCounts;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.amersfoort;
import static nl.statushouders.assessment.Fixtures.as;
import static nl.statushouders.assessment.Fixtures.nodigUit;
import static nl.statushouders.assessment.Fixtures.resultaat;
import static nl.statushouders.assessment.Fixtures.sessie;
import static nl.statushouders.assessment.Fixtures.vandaag;
import static nl.statushouders.assessment.Fixtures.werkmatcher;
import static nl.statushouders.testsupport.Parallel.parallel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** POST /assessments/{id}/sessies. */
@QuarkusTest
class SessieResourceTest {

    @Test
    void coa_plans_a_supported_session_in_the_azc() {
        String id = nodigUit("NOA");
        as(Tokens.withRoles("coa")).body(sessie(vandaag().plusDays(3))).post(url(id))
                .then().statusCode(201)
                .header("Location", endsWith("/api/assessment/v1/assessments/" + id))
                .header("ETag", "\"2\"")
                .body("status", equalTo("GEPLAND"))
                .body("sessies", hasSize(1))
                .body("sessies[0].datum", equalTo(vandaag().plusDays(3).toString()))
                .body("sessies[0].locatie", equalTo("AZC Utrecht"))
                .body("sessies[0].begeleiding", equalTo(true))
                .body("sessies[0].toelichting", equalTo("Begeleide sessie met tolk"));
    }

    @Test
    void a_session_today_is_fine_and_a_session_in_the_past_is_422() {
        String id = nodigUit("NOA");
        as(werkmatcher()).body(sessie(vandaag())).post(url(id)).then().statusCode(201);
        assertRejected(id, sessie(vandaag().minusDays(1)), 422, "datum");
    }

    @Test
    void if_match_with_a_stale_version_is_412() {
        String id = nodigUit("NOA");
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).header("If-Match", "\"7\"").body(sessie(vandaag().plusDays(1))).post(url(id))
                .then().statusCode(412).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
        as(werkmatcher()).header("If-Match", "\"1\"").body(sessie(vandaag().plusDays(1))).post(url(id))
                .then().statusCode(201).header("ETag", "\"2\"");
    }

    @Test
    void concurrent_sessions_queue_on_the_row_and_none_is_lost() throws Exception {
        String id = nodigUit("NOA");
        java.util.List<Integer> statuses = parallel(6,
                i -> as(werkmatcher()).body(sessie(vandaag().plusDays(i + 1))).post(url(id)));
        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        long kept = statuses.stream().filter(s -> s == 201).count();
        given().auth().oauth2(werkmatcher()).get(ASSESSMENTS + "/" + id)
                .then().statusCode(200).body("sessies", hasSize((int) kept)).header("ETag", "\"" + (kept + 1) + "\"");
        assertThat(nl.statushouders.testsupport.TestPostgres.get().count("assessment",
                "select count(*) from event_store where stream_id = ?", id)).isEqualTo(kept + 1);
    }

    @Test
    void no_sessions_after_completion() {
        String id = nodigUit("NOA");
        as(werkmatcher()).body(resultaat()).post(ASSESSMENTS + "/" + id + "/resultaat").then().statusCode(201);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(sessie(vandaag().plusDays(1))).post(url(id))
                .then().statusCode(409).body("detail", containsString("afgerond-is-definitief"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void bad_input_is_400_and_stores_nothing() {
        String id = nodigUit("NOA");
        Map<String, Object> geenDatum = sessie(vandaag());
        geenDatum.remove("datum");
        assertRejected(id, geenDatum, 400, "datum");
        Map<String, Object> geenBegeleiding = sessie(vandaag());
        geenBegeleiding.remove("begeleiding");
        assertRejected(id, geenBegeleiding, 400, "begeleiding");
        Map<String, Object> geenLocatie = sessie(vandaag());
        geenLocatie.put("locatie", "");
        assertRejected(id, geenLocatie, 400, "locatie");
        Map<String, Object> slechteDatum = sessie(vandaag());
        slechteDatum.put("datum", "31-12-2026");
        assertRejected(id, slechteDatum, 400, "datum");
    }

    @Test
    void security_401_403_404() {
        String id = nodigUit("NOA");
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(sessie(vandaag())).post(url(id)).then().statusCode(401);
        for (String role : new String[]{"vluchtelingenwerk", "noa-assessment", "teamleider"}) {
            as(Tokens.withRoles(role)).body(sessie(vandaag())).post(url(id)).then().statusCode(403);
        }
        as(amersfoort("werkmatcher")).body(sessie(vandaag())).post(url(id))
                .then().statusCode(404).body("detail", containsString("bestaat niet"));
        as(werkmatcher()).body(sessie(vandaag())).post(url(UUID.randomUUID().toString())).then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    static String url(String id) {
        return ASSESSMENTS + "/" + id + "/sessies";
    }

    private static void assertRejected(String id, Map<String, Object> body, int status, String field) {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(url(id))
                .then().statusCode(status).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
