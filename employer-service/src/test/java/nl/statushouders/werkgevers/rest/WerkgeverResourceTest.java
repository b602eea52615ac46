package nl.statushouders.werkgevers.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.werkgevers.StoreCounts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.werkgevers.Fixtures.SIF;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
import static nl.statushouders.werkgevers.Fixtures.WSP;
import static nl.statushouders.werkgevers.Fixtures.accountbeheerder;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.kvk;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.sif;
import static nl.statushouders.werkgevers.Fixtures.werkgever;
import static nl.statushouders.werkgevers.Fixtures.werkmatcher;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class WerkgeverResourceTest {

    @Test
    void a_wsp_account_manager_registers_an_employer_and_becomes_its_account_manager() {
        String kvk = kvk();
        String location = as(wsp()).body(werkgever(kvk, "WERKGEVERSSERVICEPUNT")).post(WERKGEVERS)
                .then().statusCode(201)
                .header("Location", containsString("/api/werkgevers/v1/werkgevers/"))
                .header("API-Version", "1.0.0")
                .body("kvkNummer", equalTo(kvk))
                .body("gemeente", equalTo("0344"))
                .body("accountbeheerder", equalTo("WERKGEVERSSERVICEPUNT"))
                .body("accountbeheerderOrganisatie", equalTo(WSP))
                .extract().header("Location");
        as(wsp()).get(location).then().statusCode(200).body("naam", equalTo("Zorggroep De Linde"));
        as(werkmatcher()).get(location).then().statusCode(200);
    }

    @Test
    void a_sif_account_manager_registers_a_sif_employer() {
        String id = registreerWerkgever(sif(), "SOCIAL_IMPACT_FACTORY");
        as(sif()).get(WERKGEVERS + "/" + id).then().statusCode(200).body("accountbeheerderOrganisatie", equalTo(SIF));
    }

    @Test
    void a_kvk_number_twice_in_one_gemeente_is_409_but_fine_in_another_gemeente() {
        String kvk = kvk();
        as(wsp()).body(werkgever(kvk, "WERKGEVERSSERVICEPUNT")).post(WERKGEVERS).then().statusCode(201);
        StoreCounts before = StoreCounts.now();
        as(wsp()).body(werkgever(kvk, "WERKGEVERSSERVICEPUNT")).post(WERKGEVERS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", containsString("uniek-kvk-nummer-per-gemeente"));
        assertThat(StoreCounts.now()).isEqualTo(before);
        as(accountbeheerder(WSP, WSP, Tokens.AMERSFOORT)).body(werkgever(kvk, "WERKGEVERSSERVICEPUNT")).post(WERKGEVERS)
                .then().statusCode(201).body("gemeente", equalTo(Tokens.AMERSFOORT));
    }

    @Test
    void registering_for_the_other_account_manager_is_422_on_accountbeheerder() {
        assertRejected(wsp(), werkgever(kvk(), "SOCIAL_IMPACT_FACTORY"), 422, "accountbeheerder");
    }

    @Test
    void bad_input_is_400_naming_the_field() {
        assertRejected(wsp(), werkgever("1234567", "WERKGEVERSSERVICEPUNT"), 400, "kvkNummer");
        assertRejected(wsp(), werkgever("1234567a", "WERKGEVERSSERVICEPUNT"), 400, "kvkNummer");
        Map<String, Object> soort = werkgever(kvk(), "WERKGEVERSSERVICEPUNT");
        soort.put("soort", "MULTINATIONAL");
        assertRejected(wsp(), soort, 400, "soort");
        Map<String, Object> naam = werkgever(kvk(), "WERKGEVERSSERVICEPUNT");
        naam.put("naam", " ");
        assertRejected(wsp(), naam, 400, "naam");
        StoreCounts before = StoreCounts.now();
        given().auth().oauth2(wsp()).contentType(ContentType.JSON).body("{\"naam\":").post(WERKGEVERS)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void security_401_403_and_a_missing_organisation_claim() {
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(werkgever(kvk(), "WERKGEVERSSERVICEPUNT")).post(WERKGEVERS)
                .then().statusCode(401);
        for (String role : new String[]{"werkmatcher", "teamleider", "taalschool", "coa"}) {
            as(Tokens.withRoles(role)).body(werkgever(kvk(), "WERKGEVERSSERVICEPUNT")).post(WERKGEVERS).then().statusCode(403);
        }
        as(Tokens.withRoles(WSP)).body(werkgever(kvk(), "WERKGEVERSSERVICEPUNT")).post(WERKGEVERS)
                .then().statusCode(403).body("detail", containsString("organisatie"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void reading_another_tenants_or_another_organisations_employer_is_404() {
        String id = registreerWerkgever();
        String url = WERKGEVERS + "/" + id;
        given().get(url).then().statusCode(401);
        as(Tokens.withRoles("taalschool")).get(url).then().statusCode(403);
        as(werkmatcher(Tokens.AMERSFOORT)).get(url).then().statusCode(404);
        as(accountbeheerder(WSP, WSP, Tokens.AMERSFOORT)).get(url).then().statusCode(404);
        as(sif()).get(url).then().statusCode(404);
        as(accountbeheerder(WSP, "wsp-regio-oost", Tokens.UTRECHT)).get(url).then().statusCode(404);
        as(wsp()).get(WERKGEVERS + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
        as(wsp()).get(WERKGEVERS + "/geen-uuid").then().statusCode(404);
    }

    private static void assertRejected(String token, Map<String, Object> body, int status, String field) {
        StoreCounts before = StoreCounts.now();
        as(token).body(body).post(WERKGEVERS)
                .then().statusCode(status).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
