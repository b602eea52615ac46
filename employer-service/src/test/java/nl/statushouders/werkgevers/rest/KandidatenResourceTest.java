package nl.statushouders.werkgevers.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.PLAATSEN;
import static nl.statushouders.werkgevers.Fixtures.WSP;
import static nl.statushouders.werkgevers.Fixtures.accountbeheerder;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.idOf;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class KandidatenResourceTest {

    static final String ARNHEM = "0202";

    @Test
    void ranks_the_places_gemeente_with_reasons_leaving_out_matched_ones_and_showing_no_names() {
        String wsp = accountbeheerder(WSP, WSP, ARNHEM);
        String werkmatcher = Tokens.token().roles("werkmatcher").gemeenten(ARNHEM).build();
        String werkgever = registreerWerkgever(wsp, "WERKGEVERSSERVICEPUNT");
        String plaats = biedPlaatsAan(wsp, werkgever, plaats("WERKERVARINGSPLEK"));
        UUID kok = statushouder(ARNHEM, "A2", "Kok", 10);
        UUID leraar = statushouder(ARNHEM, "B2", "Leraar", 5);
        UUID laag = statushouder(ARNHEM, "A0", "Schoonmaker", 1);
        UUID gematcht = statushouder(ARNHEM, "C1", "Kok", 20);
        statushouder(Tokens.UTRECHT, "C2", "Kok", 20);
        as(werkmatcher).body(Map.of("statushouderId", gematcht.toString(), "plaatsId", plaats)).post(MATCHES)
                .then().statusCode(201);

        String url = PLAATSEN + "/" + plaats + "/kandidaten";
        String body = as(werkmatcher).get(url).then().statusCode(200)
                .body("statushouderId", contains(kok.toString(), leraar.toString(), laag.toString()))
                .body("[0].redenen", hasItem("werkervaring als Kok (10 jaar)"))
                .body("[2].redenen", hasItem("spreekt A0, onder het gevraagde A2"))
                .extract().asString();
        assertThat(body).doesNotContain("Opgeslagen").doesNotContain("voornaam").doesNotContain("geboortedatum");
        List<Integer> scores = as(werkmatcher).get(url).then().extract().path("score");
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);

        given().get(url).then().statusCode(401);
        as(wsp).get(url).then().statusCode(403);
        as(Tokens.withRoles("werkmatcher")).get(url).then().statusCode(404);
        as(werkmatcher).get(PLAATSEN + "/" + UUID.randomUUID() + "/kandidaten").then().statusCode(404);
        assertThat(idOf(url.replace("/kandidaten", ""))).isEqualTo(plaats);
    }
}
