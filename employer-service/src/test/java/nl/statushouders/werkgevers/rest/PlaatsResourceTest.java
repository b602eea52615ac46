package nl.statushouders.werkgevers.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.werkgevers.StoreCounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.werkgevers.Fixtures.PLAATSEN;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
import static nl.statushouders.werkgevers.Fixtures.WSP;
import static nl.statushouders.werkgevers.Fixtures.accountbeheerder;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.sif;
import static nl.statushouders.werkgevers.Fixtures.werkmatcher;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PlaatsResourceTest {

    @Test
    void the_account_manager_offers_a_place_and_werkmatchers_and_the_manager_read_it() {
        String werkgever = registreerWerkgever();
        String location = as(wsp()).body(plaats("TAALSTAGE")).post(WERKGEVERS + "/" + werkgever + "/plaatsen")
                .then().statusCode(201)
                .header("Location", containsString("/api/werkgevers/v1/plaatsen/"))
                .body("werkgeverId", equalTo(werkgever))
                .body("soort", equalTo("TAALSTAGE"))
                .body("aantal", equalTo(2)).body("bezet", equalTo(0)).body("open", equalTo(true))
                .body("leerdoelen.soort", hasItem("TAAL"))
                .extract().header("Location");
        as(werkmatcher()).get(location).then().statusCode(200).body("functie", equalTo("Medewerker bediening"));
        as(wsp()).get(location).then().statusCode(200);
        as(sif()).get(location).then().statusCode(404);
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).get(location).then().statusCode(404);
    }

    @Test
    void only_the_own_account_manager_may_offer_others_get_404_and_nothing_is_stored() {
        String werkgever = registreerWerkgever();
        String url = WERKGEVERS + "/" + werkgever + "/plaatsen";
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(plaats("TAALSTAGE")).post(url).then().statusCode(401);
        as(werkmatcher()).body(plaats("TAALSTAGE")).post(url).then().statusCode(403);
        as(sif()).body(plaats("TAALSTAGE")).post(url).then().statusCode(404);
        as(accountbeheerder(WSP, "wsp-regio-oost", Tokens.UTRECHT)).body(plaats("TAALSTAGE")).post(url).then().statusCode(404);
        as(accountbeheerder(WSP, WSP, Tokens.AMERSFOORT)).body(plaats("TAALSTAGE")).post(url)
                .then().statusCode(404).body("detail", containsString("bestaat niet"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void rules_are_422_and_shape_errors_400_naming_the_field() {
        String werkgever = registreerWerkgever();
        Map<String, Object> taalstage = plaats("TAALSTAGE");
        taalstage.put("leerdoelen", List.of(Map.of("soort", "VAKKENNIS", "omschrijving", "Snijden")));
        assertRejected(werkgever, taalstage, 422, "leerdoelen");
        Map<String, Object> uren = plaats("BETAALDE_BAAN");
        uren.put("urenPerWeek", 41);
        assertRejected(werkgever, uren, 422, "urenPerWeek");
        Map<String, Object> aantal = plaats("BETAALDE_BAAN");
        aantal.put("aantal", 0);
        assertRejected(werkgever, aantal, 422, "aantal");
        Map<String, Object> soort = plaats("STAGE");
        assertRejected(werkgever, soort, 400, "soort");
        Map<String, Object> niveau = plaats("BETAALDE_BAAN");
        niveau.put("minimaalTaalniveau", "D1");
        assertRejected(werkgever, niveau, 400, "minimaalTaalniveau");
        Map<String, Object> functie = plaats("BETAALDE_BAAN");
        functie.remove("functie");
        assertRejected(werkgever, functie, 400, "functie");
    }

    @Test
    void lists_by_soort_own_employers_for_managers_all_of_the_gemeente_for_werkmatchers() {
        String wspWerkgever = registreerWerkgever();
        String sifWerkgever = registreerWerkgever(sif(), "SOCIAL_IMPACT_FACTORY");
        String wspPlaats = biedPlaatsAan(wspWerkgever, plaats("PROEFPLAATSING"));
        String sifPlaats = biedPlaatsAan(sif(), sifWerkgever, plaats("PROEFPLAATSING"));
        as(wsp()).queryParam("soort", "PROEFPLAATSING").get(PLAATSEN).then().statusCode(200)
                .body("id", hasItem(wspPlaats)).body("id", not(hasItem(sifPlaats)))
                .body("soort", everyItem(equalTo("PROEFPLAATSING")));
        as(sif()).queryParam("soort", "PROEFPLAATSING").get(PLAATSEN).then().statusCode(200)
                .body("id", hasItem(sifPlaats)).body("id", not(hasItem(wspPlaats)));
        as(werkmatcher()).queryParam("soort", "PROEFPLAATSING").get(PLAATSEN).then().statusCode(200)
                .body("id", hasItem(sifPlaats)).body("id", hasItem(wspPlaats));
        as(werkmatcher()).queryParam("soort", "TAALSTAGE").get(PLAATSEN).then().statusCode(200)
                .body("id", not(hasItem(sifPlaats)));
        as(werkmatcher()).queryParam("werkgeverId", sifWerkgever).get(PLAATSEN).then().statusCode(200)
                .body("id", equalTo(List.of(sifPlaats)));
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).get(PLAATSEN).then().statusCode(200)
                .body("id", not(hasItem(wspPlaats)));
        as(werkmatcher()).queryParam("soort", "ONBEKEND").get(PLAATSEN).then().statusCode(400)
                .body("invalidParams.name", hasItem("soort"));
        given().get(PLAATSEN).then().statusCode(401);
        as(Tokens.withRoles("vluchtelingenwerk")).get(PLAATSEN).then().statusCode(403);
    }

    @Test
    void the_account_manager_closes_a_place_once_others_get_404() {
        String plaats = biedPlaatsAan(registreerWerkgever(), plaats("WERKERVARINGSPLEK"));
        String url = PLAATSEN + "/" + plaats + "/sluiting";
        StoreCounts before = StoreCounts.now();
        as(sif()).body(Map.of("reden", "Vol")).post(url).then().statusCode(404);
        as(werkmatcher()).body(Map.of("reden", "Vol")).post(url).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).post(url).then().statusCode(401);
        assertThat(StoreCounts.now()).isEqualTo(before);
        as(wsp()).body(Map.of("reden", "Alle plekken vergeven")).post(url).then().statusCode(200).body("open", equalTo(false));
        StoreCounts closed = StoreCounts.now();
        as(wsp()).body(Map.of()).post(url).then().statusCode(200).body("open", equalTo(false));
        assertThat(StoreCounts.now()).as("closing twice records nothing").isEqualTo(closed);
        as(werkmatcher()).queryParam("open", true).get(PLAATSEN).then().body("id", not(hasItem(plaats)));
    }

    private static void assertRejected(String werkgever, Map<String, Object> body, int status, String field) {
        StoreCounts before = StoreCounts.now();
        as(wsp()).body(body).post(WERKGEVERS + "/" + werkgever + "/plaatsen")
                .then().statusCode(status).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

}
