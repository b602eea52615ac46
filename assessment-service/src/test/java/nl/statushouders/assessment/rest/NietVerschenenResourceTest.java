package nl.statushouders.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.assessment.StoreCounts;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.amersfoort;
import static nl.statushouders.assessment.Fixtures.as;
import static nl.statushouders.assessment.Fixtures.nodigUit;
import static nl.statushouders.assessment.Fixtures.planSessie;
import static nl.statushouders.assessment.Fixtures.sessie;
import static nl.statushouders.assessment.Fixtures.vandaag;
import static nl.statushouders.assessment.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** POST /assessments/{id}/niet-verschenen. */
@QuarkusTest
class NietVerschenenResourceTest {

    @Test
    void a_no_show_after_todays_session_and_then_a_new_session() {
        String id = nodigUit("NOA");
        planSessie(id, vandaag());
        as(werkmatcher()).body(Map.of("datum", vandaag().toString())).post(url(id))
                .then().statusCode(201)
                .body("status", equalTo("NIET_VERSCHENEN"))
                .body("nietVerschenen", equalTo(java.util.List.of(vandaag().toString())));
        as(werkmatcher()).body(sessie(vandaag().plusDays(7))).post(ASSESSMENTS + "/" + id + "/sessies")
                .then().statusCode(201).body("status", equalTo("GEPLAND")).body("sessies", hasSize(2));
    }

    @Test
    void no_show_without_a_session_or_before_the_session_is_422() {
        String id = nodigUit("NOA");
        assertRejected(id, Map.of("datum", vandaag().toString()), 422, "datum");
        planSessie(id, vandaag().plusDays(2));
        assertRejected(id, Map.of("datum", vandaag().toString()), 422, "datum");
    }

    @Test
    void bad_input_is_400_and_stores_nothing() {
        String id = nodigUit("NOA");
        planSessie(id, vandaag());
        assertRejected(id, Map.of(), 400, "datum");
        assertRejected(id, Map.of("datum", "gisteren"), 400, "datum");
    }

    @Test
    void security_401_403_404() {
        String id = nodigUit("NOA");
        planSessie(id, vandaag());
        StoreCounts before = StoreCounts.now();
        Map<String, Object> body = Map.of("datum", vandaag().toString());
        given().contentType(ContentType.JSON).body(body).post(url(id)).then().statusCode(401);
        for (String role : new String[]{"coa", "noa-assessment", "vluchtelingenwerk"}) {
            as(Tokens.withRoles(role)).body(body).post(url(id)).then().statusCode(403);
        }
        as(amersfoort("werkmatcher")).body(body).post(url(id)).then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    static String url(String id) {
        return ASSESSMENTS + "/" + id + "/niet-verschenen";
    }

    private static void assertRejected(String id, Map<String, Object> body, int status, String field) {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(url(id))
                .then().statusCode(status).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
