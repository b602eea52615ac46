package nl.statushouders.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.assessment.StoreCounts;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.amersfoort;
import static nl.statushouders.assessment.Fixtures.as;
import static nl.statushouders.assessment.Fixtures.nodigUit;
import static nl.statushouders.assessment.Fixtures.planSessie;
import static nl.statushouders.assessment.Fixtures.resultaat;
import static nl.statushouders.assessment.Fixtures.vandaag;
import static nl.statushouders.assessment.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** POST /assessments/{id}/resultaat: the NOA report, or the alternative intake as far as known. */
@QuarkusTest
class ResultaatResourceTest {

    @Test
    void noa_records_the_report_and_it_is_shown_with_the_assessment() {
        String id = nodigUit("NOA");
        planSessie(id, vandaag());
        as(Tokens.withRoles("noa-assessment")).body(resultaat()).post(url(id))
                .then().statusCode(201)
                .header("ETag", "\"3\"")
                .body("status", equalTo("AFGEROND"))
                .body("rapport.alternatieveIntake", equalTo(false))
                .body("rapport.opleidingsniveau", equalTo("MBO2"));
        given().auth().oauth2(Tokens.withRoles("vluchtelingenwerk")).get(ASSESSMENTS + "/" + id)
                .then().statusCode(200)
                .body("rapport.datum", equalTo(vandaag().toString()))
                .body("rapport.werkervaring[0].beroep", equalTo("Kapper"))
                .body("rapport.werkervaring[0].jaren", equalTo(6))
                .body("rapport.taalniveau.lezen", equalTo("A2"))
                .body("rapport.taalniveau.schrijven", equalTo("A1"))
                .body("rapport.competenties", equalTo(List.of("Klantgericht", "Zelfstandig")))
                .body("rapport.advies", containsString("Taalstage"));
    }

    @Test
    void the_alternative_intake_takes_the_profile_as_far_as_known() {
        String id = nodigUit("ALTERNATIEF");
        Map<String, Object> body = resultaat();
        body.remove("opleidingsniveau");
        body.put("taalniveau", Map.of("luisteren", "A1", "spreken", "A0"));
        as(werkmatcher()).body(body).post(url(id))
                .then().statusCode(201)
                .body("status", equalTo("AFGEROND"))
                .body("rapport.alternatieveIntake", equalTo(true))
                .body("rapport.opleidingsniveau", equalTo("ONBEKEND"))
                .body("rapport.taalniveau.luisteren", equalTo("A1"))
                .body("rapport.taalniveau.lezen", nullValue());
    }

    @Test
    void noa_without_education_or_all_skills_is_422_naming_each_gap() {
        String id = nodigUit("NOA");
        Map<String, Object> body = resultaat();
        body.remove("opleidingsniveau");
        body.put("taalniveau", Map.of("lezen", "A2", "spreken", "A1"));
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(url(id))
                .then().statusCode(422).contentType("application/problem+json")
                .body("invalidParams.name", hasItems("opleidingsniveau", "taalniveau.luisteren", "taalniveau.schrijven"))
                .body("invalidParams.reason", hasItem(containsString("volledig-profiel-bij-noa")));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void levels_outside_a0_c2_years_outside_0_60_and_future_dates_are_422() {
        String id = nodigUit("NOA");
        Map<String, Object> body = resultaat();
        body.put("taalniveau", Map.of("lezen", "D1", "luisteren", "A2", "spreken", "A1", "schrijven", "A1"));
        body.put("werkervaring", List.of(Map.of("beroep", "Bakker", "jaren", 61, "land", "Irak")));
        body.put("datum", vandaag().plusDays(1).toString());
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(url(id))
                .then().statusCode(422)
                .body("invalidParams.name", hasItems("taalniveau.lezen", "werkervaring[0].jaren", "datum"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_completed_assessment_is_final() {
        String id = nodigUit("NOA");
        as(werkmatcher()).body(resultaat()).post(url(id)).then().statusCode(201);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(resultaat()).post(url(id))
                .then().statusCode(409).body("detail", containsString("afgerond-is-definitief"));
        as(werkmatcher()).body(Map.of("datum", vandaag().toString())).post(ASSESSMENTS + "/" + id + "/niet-verschenen")
                .then().statusCode(409);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void bad_input_is_400_and_stores_nothing() {
        String id = nodigUit("NOA");
        Map<String, Object> geenAdvies = resultaat();
        geenAdvies.remove("advies");
        assertRejected(id, geenAdvies, "advies");
        Map<String, Object> onbekendNiveau = resultaat();
        onbekendNiveau.put("opleidingsniveau", "UNIVERSITEIT");
        assertRejected(id, onbekendNiveau, "opleidingsniveau");
        Map<String, Object> zonderBeroep = resultaat();
        Map<String, Object> werk = new HashMap<>(Map.of("jaren", 2, "land", "Syrië"));
        zonderBeroep.put("werkervaring", List.of(werk));
        assertRejected(id, zonderBeroep, "werkervaring[0].beroep");
        Map<String, Object> jarenTekst = resultaat();
        jarenTekst.put("werkervaring", List.of(Map.of("beroep", "Kok", "jaren", "veel", "land", "Syrië")));
        assertRejected(id, jarenTekst, "werkervaring[0].jaren");
        Map<String, Object> legeCompetentie = resultaat();
        legeCompetentie.put("competenties", List.of("Klantgericht", " "));
        assertRejected(id, legeCompetentie, "competenties[1]");
        Map<String, Object> geenDatum = resultaat();
        geenDatum.remove("datum");
        assertRejected(id, geenDatum, "datum");
    }

    @Test
    void security_401_403_404() {
        String id = nodigUit("NOA");
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(resultaat()).post(url(id)).then().statusCode(401);
        for (String role : new String[]{"coa", "vluchtelingenwerk", "teamleider"}) {
            as(Tokens.withRoles(role)).body(resultaat()).post(url(id)).then().statusCode(403);
        }
        as(amersfoort("noa-assessment")).body(resultaat()).post(url(id)).then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    static String url(String id) {
        return ASSESSMENTS + "/" + id + "/resultaat";
    }

    private static void assertRejected(String id, Map<String, Object> body, String field) {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(url(id))
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
