package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.intake.StoreCounts;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.afspraak;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.klaarVoorWerkgesprek;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkgesprek;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class WerkgesprekResourceTest {

    @Test
    void records_the_werkgesprek_and_plan_with_201() {
        String id = klaarVoorWerkgesprek(bsn());
        as(werkmatcher()).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken")
                .then().statusCode(201)
                .header("Location", endsWith("/api/intake/v1/statushouders/" + id + "/plan-van-aanpak"))
                .header("ETag", "\"1\"")
                .body("versie", equalTo(1))
                .body("leerroute", equalTo("B1"))
                .body("afspraken", hasSize(2));

        given().auth().oauth2(Tokens.withRoles("vluchtelingenwerk")).get(STATUSHOUDERS + "/" + id + "/plan-van-aanpak")
                .then().statusCode(200)
                .body("afspraken.verantwoordelijke", hasItem("VLUCHTELINGENWERK"));
        given().auth().oauth2(werkmatcher()).get(STATUSHOUDERS + "/" + id)
                .then().statusCode(200).body("planVersie", equalTo(1)).body("versie", equalTo(4));
    }

    @Test
    void without_a_startgesprek_there_is_no_werkgesprek() {
        String id = registreer(bsn());
        assertRejected(id, werkgesprek(), 422, "datum", "startgesprek-voor-werkgesprek");
    }

    @Test
    void vluchtelingenwerk_may_be_absent_with_a_reason() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        body.put("deelnemers", List.of(Map.of("rol", "WERKMATCHER"), Map.of("rol", "TOLK")));
        body.put("redenAfwezigheidVluchtelingenwerk", "Statushouder wil geen begeleiding van VluchtelingenWerk");
        as(werkmatcher()).body(body).post(STATUSHOUDERS + "/" + id + "/werkgesprekken").then().statusCode(201);
    }

    @Test
    void without_vluchtelingenwerk_or_reason_the_joint_intake_policy_says_no() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        body.put("deelnemers", List.of(Map.of("rol", "WERKMATCHER")));
        assertRejected(id, body, 422, "deelnemers", "gezamenlijk-werkgesprek");
    }

    @Test
    void without_a_werkmatcher_the_joint_intake_policy_says_no() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        body.put("deelnemers", List.of(Map.of("rol", "VLUCHTELINGENWERK")));
        assertRejected(id, body, 422, "deelnemers", "gezamenlijk-werkgesprek");
    }

    @Test
    void an_activity_assigned_twice_is_a_dubbeling() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        plan(body).put("afspraken", List.of(afspraak("Sollicitatietraining", "GEMEENTE"),
                afspraak("sollicitatietraining ", "VLUCHTELINGENWERK")));
        assertRejected(id, body, 422, "planVanAanpak.afspraken[1].activiteit", "geen-dubbelingen");
    }

    @Test
    void an_agreement_without_a_responsible_party_is_refused() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        Map<String, Object> zonder = afspraak("Taalmaatje zoeken", null);
        plan(body).put("afspraken", List.of(afspraak("Sollicitatietraining", "GEMEENTE"), zonder));
        assertRejected(id, body, 422, "planVanAanpak.afspraken[1].verantwoordelijke", "een-verantwoordelijke-per-afspraak");
    }

    @Test
    void two_responsible_parties_cannot_even_be_expressed() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        Map<String, Object> twee = afspraak("Taalmaatje zoeken", null);
        twee.put("verantwoordelijke", List.of("GEMEENTE", "VLUCHTELINGENWERK"));
        plan(body).put("afspraken", List.of(twee));
        assertRejected(id, body, 400, "planVanAanpak.afspraken[0].verantwoordelijke", "");
    }

    @Test
    void evaluation_must_follow_the_werkgesprek() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        plan(body).put("evaluatiedatum", body.get("datum"));
        assertRejected(id, body, 422, "planVanAanpak.evaluatiedatum", "evaluatie-na-werkgesprek");
    }

    @Test
    void a_werkgesprek_in_the_future_is_refused() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        body.put("datum", LocalDate.now().plusDays(3).toString());
        assertRejected(id, body, 422, "datum", "gesprek-niet-in-toekomst");
    }

    @Test
    void missing_fields_are_400() {
        String id = klaarVoorWerkgesprek(bsn());
        Map<String, Object> body = werkgesprek();
        body.remove("planVanAanpak");
        assertRejected(id, body, 400, "planVanAanpak", "");
        Map<String, Object> zonderDatum = werkgesprek();
        zonderDatum.remove("datum");
        assertRejected(id, zonderDatum, 400, "datum", "");
    }

    @Test
    void malformed_json_is_400() {
        String id = klaarVoorWerkgesprek(bsn());
        StoreCounts before = StoreCounts.now();
        given().auth().oauth2(werkmatcher()).contentType(ContentType.JSON).body("[1,2")
                .post(STATUSHOUDERS + "/" + id + "/werkgesprekken")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_second_plan_is_a_conflict() {
        String id = klaarVoorWerkgesprek(bsn());
        as(werkmatcher()).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken").then().statusCode(201);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("een-plan-per-statushouder"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void security_401_403_404() {
        String id = klaarVoorWerkgesprek(bsn());
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken")
                .then().statusCode(401);
        for (String role : new String[]{"vluchtelingenwerk", "teamleider", "coa"}) {
            as(Tokens.withRoles(role)).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken")
                    .then().statusCode(403);
        }
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).body(werkgesprek())
                .post(STATUSHOUDERS + "/" + id + "/werkgesprekken").then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);

        given().auth().oauth2(Tokens.withRoles("teamleider")).get(STATUSHOUDERS + "/" + id + "/plan-van-aanpak")
                .then().statusCode(403);
        given().auth().oauth2(werkmatcher()).get(STATUSHOUDERS + "/" + id + "/plan-van-aanpak")
                .then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan(Map<String, Object> body) {
        return (Map<String, Object>) body.get("planVanAanpak");
    }

    private static void assertRejected(String id, Map<String, Object> body, int status, String field, String policy) {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(STATUSHOUDERS + "/" + id + "/werkgesprekken")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field))
                .body("invalidParams.reason.toString()", containsString(policy));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
