package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.intake.StoreCounts;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.startgesprek;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class StartgesprekResourceTest {

    @Test
    void records_the_startgesprek_and_assessment_decision() {
        String id = registreer(bsn());
        as(werkmatcher()).body(startgesprek()).post(url(id))
                .then().statusCode(201)
                .header("Location", endsWith("/api/intake/v1/statushouders/" + id))
                .header("ETag", "\"2\"")
                .body("assessmentBesluit", equalTo("NOA"))
                .body("startgesprekDatum", equalTo(LocalDate.now().minusDays(7).toString()));
    }

    @Test
    void alternatief_with_a_motivation_is_fine() {
        String id = registreer(bsn());
        Map<String, Object> body = startgesprek();
        body.put("assessmentBesluit", "ALTERNATIEF");
        body.put("motivering", "Kan niet lezen of met een computer werken; intake met pictogrammen");
        as(werkmatcher()).body(body).post(url(id)).then().statusCode(201).body("assessmentBesluit", equalTo("ALTERNATIEF"));
    }

    @Test
    void alternatief_or_geen_without_motivation_is_422() {
        String id = registreer(bsn());
        for (String besluit : new String[]{"ALTERNATIEF", "GEEN"}) {
            Map<String, Object> body = startgesprek();
            body.put("assessmentBesluit", besluit);
            assertRejected(id, body, 422, "motivering");
        }
    }

    @Test
    void a_startgesprek_in_the_future_is_422() {
        String id = registreer(bsn());
        Map<String, Object> body = startgesprek();
        body.put("datum", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1).toString());
        assertRejected(id, body, 422, "datum");
    }

    @Test
    void missing_or_unknown_values_are_400() {
        String id = registreer(bsn());
        Map<String, Object> zonderBesluit = startgesprek();
        zonderBesluit.remove("assessmentBesluit");
        assertRejected(id, zonderBesluit, 400, "assessmentBesluit");
        Map<String, Object> onbekend = startgesprek();
        onbekend.put("assessmentBesluit", "MISSCHIEN");
        assertRejected(id, onbekend, 400, "assessmentBesluit");
        Map<String, Object> zonderWerkmatcher = startgesprek();
        zonderWerkmatcher.put("werkmatcher", "");
        assertRejected(id, zonderWerkmatcher, 400, "werkmatcher");
        StoreCounts before = StoreCounts.now();
        given().auth().oauth2(werkmatcher()).contentType(ContentType.JSON).body("{\"datum\":").post(url(id))
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void security_401_403_404() {
        String id = registreer(bsn());
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(startgesprek()).post(url(id)).then().statusCode(401);
        for (String role : new String[]{"teamleider", "vluchtelingenwerk", "coa", "noa-assessment"}) {
            as(Tokens.withRoles(role)).body(startgesprek()).post(url(id)).then().statusCode(403);
        }
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).body(startgesprek()).post(url(id))
                .then().statusCode(404).body("detail", containsString("bestaat niet"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    private static String url(String id) {
        return STATUSHOUDERS + "/" + id + "/startgesprekken";
    }

    private static void assertRejected(String id, Map<String, Object> body, int status, String field) {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(url(id))
                .then().statusCode(status).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
