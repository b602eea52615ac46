package nl.statushouders.werkgevers.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.werkgevers.StoreCounts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
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

@QuarkusTest
class TaalvoucherResourceTest {

    @Test
    void granted_for_a_paid_job_and_spoken_dutch_below_b1() {
        String werkgever = registreerWerkgever();
        UUID statushouder = statushouder("A2");
        accepteer(stelVoor(statushouder, biedPlaatsAan(werkgever, plaats("BETAALDE_BAAN"))));
        String location = as(wsp()).body(voucher(statushouder, 150_000)).post(url(werkgever))
                .then().statusCode(201)
                .header("Location", containsString("/api/werkgevers/v1/werkgevers/" + werkgever + "/taalvouchers/"))
                .body("bedrag", equalTo(150_000))
                .body("maanden", equalTo(6))
                .body("jaar", equalTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear()))
                .extract().header("Location");
        as(wsp()).get(location).then().statusCode(200).body("statushouderId", equalTo(statushouder.toString()));
        as(sif()).get(location).then().statusCode(404);
    }

    @Test
    void without_a_paid_job_at_b1_or_unknown_statushouder_it_is_422_and_nothing_is_stored() {
        String werkgever = registreerWerkgever();
        UUID alleenVoorgesteld = statushouder("A1");
        stelVoor(alleenVoorgesteld, biedPlaatsAan(werkgever, plaats("BETAALDE_BAAN")));
        UUID taalstage = statushouder("A1");
        accepteer(stelVoor(taalstage, biedPlaatsAan(werkgever, plaats("TAALSTAGE"))));
        UUID b1 = statushouder("B1");
        accepteer(stelVoor(b1, biedPlaatsAan(werkgever, plaats("BETAALDE_BAAN"))));
        StoreCounts before = StoreCounts.now();
        for (UUID s : new UUID[]{alleenVoorgesteld, taalstage, b1}) {
            as(wsp()).body(voucher(s, 1000)).post(url(werkgever)).then().statusCode(422)
                    .body("invalidParams.name", hasItem("statushouderId"))
                    .body("invalidParams.reason", hasItem(containsString("taalvoucher-voorwaarden")));
        }
        as(wsp()).body(voucher(UUID.randomUUID(), 1000)).post(url(werkgever)).then().statusCode(422)
                .body("invalidParams.reason", hasItem(containsString("onbekend in uw gemeente")));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void an_account_manager_without_a_relation_to_the_person_learns_nothing_about_their_dutch() {
        String werkgever = registreerWerkgever();
        for (String niveau : new String[]{"A1", "B2"}) {
            UUID vreemde = statushouder(niveau);
            String antwoord = as(wsp()).body(voucher(vreemde, 1000)).post(url(werkgever)).then().statusCode(422)
                    .extract().asString();
            assertThat(antwoord).contains("geen betaalde baan").doesNotContain("B1").doesNotContain("taalniveau")
                    .doesNotContain(niveau);
        }
    }

    @Test
    void more_than_the_yearly_budget_is_422_on_bedrag() {
        String werkgever = registreerWerkgever();
        UUID statushouder = statushouder("A0");
        accepteer(stelVoor(statushouder, biedPlaatsAan(werkgever, plaats("BETAALDE_BAAN"))));
        StoreCounts before = StoreCounts.now();
        as(wsp()).body(voucher(statushouder, 5_000_001)).post(url(werkgever)).then().statusCode(422)
                .body("invalidParams.name", hasItem("bedrag"))
                .body("invalidParams.reason", hasItem(containsString("taalvoucher-jaarbudget")));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void bad_input_is_400_and_security_401_403_404() {
        String werkgever = registreerWerkgever();
        UUID statushouder = statushouder("A2");
        accepteer(stelVoor(statushouder, biedPlaatsAan(werkgever, plaats("BETAALDE_BAAN"))));
        StoreCounts before = StoreCounts.now();
        Map<String, Object> nul = voucher(statushouder, 0);
        as(wsp()).body(nul).post(url(werkgever)).then().statusCode(400).body("invalidParams.name", hasItem("bedrag"));
        Map<String, Object> maanden = voucher(statushouder, 1000);
        maanden.put("maanden", 25);
        as(wsp()).body(maanden).post(url(werkgever)).then().statusCode(400).body("invalidParams.name", hasItem("maanden"));
        given().contentType(ContentType.JSON).body(voucher(statushouder, 1000)).post(url(werkgever)).then().statusCode(401);
        as(werkmatcher()).body(voucher(statushouder, 1000)).post(url(werkgever)).then().statusCode(403);
        as(sif()).body(voucher(statushouder, 1000)).post(url(werkgever)).then().statusCode(404);
        as(accountbeheerder(WSP, WSP, Tokens.AMERSFOORT)).body(voucher(statushouder, 1000)).post(url(werkgever))
                .then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    static Map<String, Object> voucher(UUID statushouder, long bedrag) {
        Map<String, Object> body = new HashMap<>();
        body.put("statushouderId", statushouder.toString());
        body.put("bedrag", bedrag);
        body.put("maanden", 6);
        return body;
    }

    static String url(String werkgever) {
        return WERKGEVERS + "/" + werkgever + "/taalvouchers";
    }
}
