package nl.statushouders.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.assessment.StoreCounts;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.amersfoort;
import static nl.statushouders.assessment.Fixtures.as;
import static nl.statushouders.assessment.Fixtures.bekendeStatushouder;
import static nl.statushouders.assessment.Fixtures.nodigUit;
import static nl.statushouders.assessment.Fixtures.uitnodiging;
import static nl.statushouders.assessment.Fixtures.werkmatcher;
import static nl.statushouders.testsupport.Parallel.parallel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** POST /assessments, GET /assessments?statushouderId= and GET /assessments/{id}. */
@QuarkusTest
class UitnodigingResourceTest {

    @Test
    void a_werkmatcher_or_coa_invites_and_the_assessment_can_be_read() {
        UUID statushouder = bekendeStatushouder();
        String location = as(Tokens.withRoles("coa")).body(uitnodiging(statushouder, "NOA")).post(ASSESSMENTS)
                .then().statusCode(201)
                .header("Location", containsString("/api/assessment/v1/assessments/"))
                .header("ETag", "\"1\"")
                .body("status", equalTo("UITGENODIGD"))
                .body("soort", equalTo("NOA"))
                .body("gemeente", equalTo("0344"))
                .body("sessies", empty())
                .body("rapport", nullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (String role : new String[]{"werkmatcher", "vluchtelingenwerk"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get(ASSESSMENTS + "/" + id)
                    .then().statusCode(200).header("ETag", "\"1\"")
                    .body("id", equalTo(id))
                    .body("statushouderId", equalTo(statushouder.toString()))
                    .body("locatie", equalTo("Werkplein Utrecht"));
        }
        given().auth().oauth2(werkmatcher()).queryParam("statushouderId", statushouder.toString()).get(ASSESSMENTS)
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(id));
    }

    @Test
    void a_second_open_assessment_is_409_and_after_completion_a_new_one_is_fine() {
        UUID statushouder = bekendeStatushouder();
        String eerste = nodigUit(statushouder, "ALTERNATIEF");
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(uitnodiging(statushouder, "NOA")).post(ASSESSMENTS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("een-open-assessment-per-statushouder"))
                .body("detail", containsString(eerste));
        assertThat(StoreCounts.now()).isEqualTo(before);

        Map<String, Object> resultaat = nl.statushouders.assessment.Fixtures.resultaat();
        as(werkmatcher()).body(resultaat).post(ASSESSMENTS + "/" + eerste + "/resultaat").then().statusCode(201);
        String tweede = nodigUit(statushouder, "NOA");
        given().auth().oauth2(werkmatcher()).queryParam("statushouderId", statushouder.toString()).get(ASSESSMENTS)
                .then().statusCode(200).body("id", equalTo(List.of(eerste, tweede)))
                .body("status", equalTo(List.of("AFGEROND", "UITGENODIGD")));
    }

    @Test
    void two_invitations_racing_for_one_statushouder_one_wins() throws Exception {
        UUID statushouder = bekendeStatushouder();
        List<Integer> statuses = parallel(6, i -> as(werkmatcher()).body(uitnodiging(statushouder, "NOA")).post(ASSESSMENTS));
        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        given().auth().oauth2(werkmatcher()).queryParam("statushouderId", statushouder.toString()).get(ASSESSMENTS)
                .then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void an_unknown_statushouder_or_one_of_another_gemeente_is_422_on_statushouder_id() {
        UUID amersfoorter = bekendeStatushouder(Tokens.AMERSFOORT);
        for (UUID id : new UUID[]{UUID.randomUUID(), amersfoorter}) {
            StoreCounts before = StoreCounts.now();
            as(werkmatcher()).body(uitnodiging(id, "NOA")).post(ASSESSMENTS)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("invalidParams.name", hasItem("statushouderId"))
                    .body("invalidParams.reason", hasItem(containsString("bekende-statushouder")));
            assertThat(StoreCounts.now()).isEqualTo(before);
        }
        // Amersfoort's own werkmatcher may invite.
        as(amersfoort("werkmatcher")).body(uitnodiging(amersfoorter, "NOA")).post(ASSESSMENTS)
                .then().statusCode(201).body("gemeente", equalTo("0307"));
    }

    @Test
    void bad_input_is_400_and_stores_nothing() {
        UUID statushouder = bekendeStatushouder();
        Map<String, Object> geenSoort = uitnodiging(statushouder, "NOA");
        geenSoort.remove("soort");
        assertRejected(geenSoort, "soort");
        assertRejected(uitnodiging(statushouder, "MISSCHIEN"), "soort");
        Map<String, Object> geenLocatie = uitnodiging(statushouder, "NOA");
        geenLocatie.put("locatie", " ");
        assertRejected(geenLocatie, "locatie");
        Map<String, Object> geenId = uitnodiging(statushouder, "NOA");
        geenId.put("statushouderId", "geen-uuid");
        assertRejected(geenId, "statushouderId");
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body("{\"soort\":").post(ASSESSMENTS).then().statusCode(400).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void security_401_403_404() {
        UUID statushouder = bekendeStatushouder();
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(uitnodiging(statushouder, "NOA")).post(ASSESSMENTS).then().statusCode(401);
        for (String role : new String[]{"teamleider", "vluchtelingenwerk", "noa-assessment", "taalschool"}) {
            as(Tokens.withRoles(role)).body(uitnodiging(statushouder, "NOA")).post(ASSESSMENTS).then().statusCode(403);
        }
        as(Tokens.token().roles("werkmatcher").gemeenten().build()).body(uitnodiging(statushouder, "NOA")).post(ASSESSMENTS)
                .then().statusCode(403);
        assertThat(StoreCounts.now()).isEqualTo(before);

        String id = nodigUit(statushouder, "NOA");
        given().get(ASSESSMENTS + "/" + id).then().statusCode(401);
        for (String role : new String[]{"coa", "noa-assessment", "teamleider"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get(ASSESSMENTS + "/" + id).then().statusCode(403);
            given().auth().oauth2(Tokens.withRoles(role)).queryParam("statushouderId", statushouder.toString()).get(ASSESSMENTS)
                    .then().statusCode(403);
        }
        given().auth().oauth2(amersfoort("werkmatcher")).get(ASSESSMENTS + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(amersfoort("werkmatcher")).queryParam("statushouderId", statushouder.toString()).get(ASSESSMENTS)
                .then().statusCode(200).body("", empty());
        given().auth().oauth2(werkmatcher()).get(ASSESSMENTS + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(werkmatcher()).get(ASSESSMENTS + "/niet-een-id").then().statusCode(404);
    }

    @Test
    void the_list_needs_a_valid_statushouder_id() {
        given().auth().oauth2(werkmatcher()).get(ASSESSMENTS)
                .then().statusCode(400).body("invalidParams.name", hasItem("statushouderId"));
        given().auth().oauth2(werkmatcher()).queryParam("statushouderId", "xyz").get(ASSESSMENTS)
                .then().statusCode(400).body("invalidParams.name", hasItem("statushouderId"));
    }

    private static void assertRejected(Map<String, Object> body, String field) {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
