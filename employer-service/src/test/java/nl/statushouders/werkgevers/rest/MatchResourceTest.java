package nl.statushouders.werkgevers.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.werkgevers.StoreCounts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.PLAATSEN;
import static nl.statushouders.werkgevers.Fixtures.WSP;
import static nl.statushouders.werkgevers.Fixtures.accepteer;
import static nl.statushouders.werkgevers.Fixtures.accountbeheerder;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.sif;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.stelVoor;
import static nl.statushouders.werkgevers.Fixtures.werkmatcher;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class MatchResourceTest {

    static final String START = LocalDate.now().plusDays(14).toString();

    @Test
    void a_werkmatcher_proposes_and_the_account_manager_accepts_which_takes_a_position() {
        UUID statushouder = statushouder("A2");
        String plaats = biedPlaatsAan(registreerWerkgever(), plaats("TAALSTAGE"));
        String location = as(werkmatcher()).body(Map.of("statushouderId", statushouder.toString(), "plaatsId", plaats,
                        "motivering", "Kookte tien jaar"))
                .post(MATCHES).then().statusCode(201)
                .header("Location", containsString("/api/werkgevers/v1/matches/"))
                .body("status", equalTo("VOORGESTELD"))
                .body("statushouderId", equalTo(statushouder.toString()))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        as(wsp()).body(Map.of("startdatum", START)).post(MATCHES + "/" + id + "/acceptatie")
                .then().statusCode(200).body("status", equalTo("GEACCEPTEERD")).body("startdatum", equalTo(START));
        as(werkmatcher()).get(PLAATSEN + "/" + plaats).then().body("bezet", equalTo(1));
        as(werkmatcher()).get(location).then().statusCode(200).body("status", equalTo("GEACCEPTEERD"));
        as(werkmatcher()).queryParam("statushouderId", statushouder.toString()).get(MATCHES)
                .then().statusCode(200).body("id", hasItem(id));
        as(sif()).queryParam("statushouderId", statushouder.toString()).get(MATCHES).then().statusCode(200).body("$", hasSize(0));
        as(sif()).get(location).then().statusCode(404);
    }

    @Test
    void the_account_manager_sees_the_werkmatchers_motivering_only_when_written_for_them() {
        UUID statushouder = statushouder("A2");
        String plaats = biedPlaatsAan(registreerWerkgever(), plaats("TAALSTAGE"));
        String intern = as(werkmatcher()).body(Map.of("statushouderId", statushouder.toString(), "plaatsId", plaats,
                        "motivering", "Vlucht drukt nog zwaar, begin rustig"))
                .post(MATCHES).then().statusCode(201).body("motivering", equalTo("Vlucht drukt nog zwaar, begin rustig"))
                .body("motiveringVoorWerkgever", equalTo(false)).extract().header("Location");
        as(wsp()).get(intern).then().statusCode(200).body("motivering", org.hamcrest.Matchers.nullValue())
                .body("motiveringVoorWerkgever", equalTo(false));
        as(wsp()).queryParam("statushouderId", statushouder.toString()).get(MATCHES).then().statusCode(200)
                .body("motivering", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        as(werkmatcher()).get(intern).then().statusCode(200).body("motivering", equalTo("Vlucht drukt nog zwaar, begin rustig"));

        String tweedePlaats = biedPlaatsAan(registreerWerkgever(), plaats("TAALSTAGE"));
        String gedeeld = as(werkmatcher()).body(Map.of("statushouderId", statushouder.toString(), "plaatsId", tweedePlaats,
                        "motivering", "Kookte tien jaar", "motiveringVoorWerkgever", true))
                .post(MATCHES).then().statusCode(201).extract().header("Location");
        as(wsp()).get(gedeeld).then().statusCode(200).body("motivering", equalTo("Kookte tien jaar"))
                .body("motiveringVoorWerkgever", equalTo(true));
    }

    @Test
    void deciding_twice_is_409_and_rejecting_needs_a_reason() {
        String plaats = biedPlaatsAan(registreerWerkgever(), plaats("WERKERVARINGSPLEK"));
        String match = stelVoor(statushouder("A2"), plaats);
        StoreCounts before = StoreCounts.now();
        as(wsp()).body(Map.of("reden", " ")).post(MATCHES + "/" + match + "/afwijzing")
                .then().statusCode(400).body("invalidParams.name", hasItem("reden"));
        as(wsp()).body(Map.of()).post(MATCHES + "/" + match + "/acceptatie")
                .then().statusCode(400).body("invalidParams.name", hasItem("startdatum"));
        assertThat(StoreCounts.now()).isEqualTo(before);
        as(wsp()).body(Map.of("reden", "Past niet bij het team")).post(MATCHES + "/" + match + "/afwijzing")
                .then().statusCode(200).body("status", equalTo("AFGEWEZEN")).body("reden", equalTo("Past niet bij het team"));
        StoreCounts rejected = StoreCounts.now();
        as(wsp()).body(Map.of("startdatum", START)).post(MATCHES + "/" + match + "/acceptatie").then().statusCode(409);
        as(wsp()).body(Map.of("reden", "Nogmaals")).post(MATCHES + "/" + match + "/afwijzing").then().statusCode(409);
        assertThat(StoreCounts.now()).isEqualTo(rejected);
    }

    @Test
    void a_full_place_accepts_no_more_and_one_open_match_per_statushouder() {
        Map<String, Object> eenPlek = plaats("BETAALDE_BAAN");
        eenPlek.put("aantal", 1);
        String plaats = biedPlaatsAan(registreerWerkgever(), eenPlek);
        UUID eerste = statushouder("A2");
        String a = stelVoor(eerste, plaats);
        String b = stelVoor(statushouder("B1"), plaats);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(Map.of("statushouderId", eerste.toString(), "plaatsId", plaats)).post(MATCHES)
                .then().statusCode(422).body("invalidParams.name", hasItem("statushouderId"))
                .body("invalidParams.reason", hasItem(containsString("een-open-match-per-plaats")));
        assertThat(StoreCounts.now()).isEqualTo(before);
        accepteer(a);
        StoreCounts accepted = StoreCounts.now();
        as(wsp()).body(Map.of("startdatum", START)).post(MATCHES + "/" + b + "/acceptatie")
                .then().statusCode(422).body("invalidParams.reason", hasItem(containsString("plaats-beschikbaar")));
        as(werkmatcher()).body(Map.of("statushouderId", statushouder("A1").toString(), "plaatsId", plaats)).post(MATCHES)
                .then().statusCode(422).body("invalidParams.name", hasItem("plaatsId"));
        assertThat(StoreCounts.now().matches()).isEqualTo(accepted.matches());
        assertThat(StoreCounts.now().events()).isEqualTo(accepted.events());
    }

    @Test
    void unknown_statushouder_or_place_in_the_callers_gemeente_is_422_and_nothing_is_stored() {
        String plaats = biedPlaatsAan(registreerWerkgever(), plaats("WERKERVARINGSPLEK"));
        UUID amersfoorter = statushouder(Tokens.AMERSFOORT, "A2", "Kok", 2);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(Map.of("statushouderId", UUID.randomUUID().toString(), "plaatsId", plaats)).post(MATCHES)
                .then().statusCode(422).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("statushouderId"))
                .body("invalidParams.reason", hasItem(containsString("onbekend in uw gemeente")));
        as(werkmatcher()).body(Map.of("statushouderId", amersfoorter.toString(), "plaatsId", plaats)).post(MATCHES)
                .then().statusCode(422).body("invalidParams.name", hasItem("statushouderId"));
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build())
                .body(Map.of("statushouderId", amersfoorter.toString(), "plaatsId", plaats)).post(MATCHES)
                .then().statusCode(422).body("invalidParams.name", hasItem("plaatsId"));
        as(werkmatcher()).body(Map.of("statushouderId", "geen-uuid", "plaatsId", plaats)).post(MATCHES)
                .then().statusCode(400).body("invalidParams.name", hasItem("statushouderId"));
        as(werkmatcher()).body(Map.of("plaatsId", plaats)).post(MATCHES)
                .then().statusCode(400).body("invalidParams.name", hasItem("statushouderId"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void security_401_403_404() {
        String plaats = biedPlaatsAan(registreerWerkgever(), plaats("WERKERVARINGSPLEK"));
        UUID statushouder = statushouder("A2");
        String match = stelVoor(statushouder, plaats);
        StoreCounts before = StoreCounts.now();
        Map<String, Object> voorstel = Map.of("statushouderId", statushouder.toString(), "plaatsId", plaats);
        given().contentType(ContentType.JSON).body(voorstel).post(MATCHES).then().statusCode(401);
        as(wsp()).body(voorstel).post(MATCHES).then().statusCode(403);
        as(Tokens.withRoles("vluchtelingenwerk")).body(voorstel).post(MATCHES).then().statusCode(403);
        String accept = MATCHES + "/" + match + "/acceptatie";
        given().contentType(ContentType.JSON).body(Map.of("startdatum", START)).post(accept).then().statusCode(401);
        as(werkmatcher()).body(Map.of("startdatum", START)).post(accept).then().statusCode(403);
        as(sif()).body(Map.of("startdatum", START)).post(accept).then().statusCode(404);
        as(accountbeheerder(WSP, "wsp-regio-oost", Tokens.UTRECHT)).body(Map.of("startdatum", START)).post(accept)
                .then().statusCode(404);
        as(accountbeheerder(WSP, WSP, Tokens.AMERSFOORT)).body(Map.of("startdatum", START)).post(accept).then().statusCode(404);
        as(wsp()).body(Map.of("startdatum", START)).post(MATCHES + "/" + UUID.randomUUID() + "/acceptatie").then().statusCode(404);
        as(sif()).body(Map.of("reden", "Nee")).post(MATCHES + "/" + match + "/afwijzing").then().statusCode(404);
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).get(MATCHES + "/" + match)
                .then().statusCode(404);
        as(werkmatcher()).get(MATCHES).then().statusCode(400).body("invalidParams.name", hasItem("statushouderId"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
