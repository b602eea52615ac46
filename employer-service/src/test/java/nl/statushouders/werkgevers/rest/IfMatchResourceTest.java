package nl.statushouders.werkgevers.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.werkgevers.StoreCounts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.PLAATSEN;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.stelVoor;
import static nl.statushouders.werkgevers.Fixtures.werkmatcher;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Commands on an employer's stream accept If-Match with the ETag of the employer, a place or a
 * match (all the employer's version): a stale one is 412 and stores nothing; without one the
 * server goes on as before.
 */
@QuarkusTest
class IfMatchResourceTest {

    @Test
    void a_place_offered_with_a_stale_if_match_gets_412_and_stores_nothing_a_current_one_lands() {
        String werkgever = registreerWerkgever();
        String etag = as(wsp()).get(WERKGEVERS + "/" + werkgever).then().statusCode(200).extract().header("ETag");
        String nieuw = as(wsp()).header("If-Match", etag).body(plaats("TAALSTAGE")).post(WERKGEVERS + "/" + werkgever + "/plaatsen")
                .then().statusCode(201).extract().header("ETag");
        assertThat(versie(nieuw)).isEqualTo(versie(etag) + 1);

        StoreCounts before = StoreCounts.now();
        as(wsp()).header("If-Match", etag).body(plaats("TAALSTAGE")).post(WERKGEVERS + "/" + werkgever + "/plaatsen")
                .then().statusCode(412).contentType("application/problem+json");
        as(wsp()).header("If-Match", "geen versie").body(plaats("TAALSTAGE")).post(WERKGEVERS + "/" + werkgever + "/plaatsen")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);

        as(wsp()).header("If-Match", nieuw).body(plaats("TAALSTAGE")).post(WERKGEVERS + "/" + werkgever + "/plaatsen")
                .then().statusCode(201);
        as(wsp()).get(WERKGEVERS + "/" + werkgever).then().header("ETag", equalTo("\"" + (versie(nieuw) + 1) + "\""));
    }

    @Test
    void closing_a_place_with_a_stale_if_match_gets_412_and_it_stays_open() {
        String werkgever = registreerWerkgever();
        String plaats = biedPlaatsAan(werkgever, plaats("WERKERVARINGSPLEK"));
        String etag = as(wsp()).get(PLAATSEN + "/" + plaats).then().statusCode(200).extract().header("ETag");
        biedPlaatsAan(werkgever, plaats("TAALSTAGE"));

        StoreCounts before = StoreCounts.now();
        as(wsp()).header("If-Match", etag).body(Map.of("reden", "Vol")).post(PLAATSEN + "/" + plaats + "/sluiting")
                .then().statusCode(412).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
        as(wsp()).get(PLAATSEN + "/" + plaats).then().body("open", equalTo(true));

        String huidig = as(wsp()).get(PLAATSEN + "/" + plaats).then().statusCode(200).extract().header("ETag");
        assertThat(versie(huidig)).isEqualTo(versie(etag) + 1);
        String na = as(wsp()).header("If-Match", huidig).body(Map.of("reden", "Vol")).post(PLAATSEN + "/" + plaats + "/sluiting")
                .then().statusCode(200).body("open", equalTo(false)).extract().header("ETag");
        assertThat(versie(na)).isEqualTo(versie(huidig) + 1);
    }

    @Test
    void deciding_on_a_match_with_a_stale_if_match_gets_412_without_one_as_before() {
        String plaats = biedPlaatsAan(registreerWerkgever(), plaats("BETAALDE_BAAN"));
        String eerste = stelVoor(statushouder("A2"), plaats);
        String etag = as(wsp()).get(MATCHES + "/" + eerste).then().statusCode(200).extract().header("ETag");
        String tweede = stelVoor(statushouder("A2"), plaats);

        StoreCounts before = StoreCounts.now();
        as(wsp()).header("If-Match", etag).body(Map.of("startdatum", LocalDate.now().plusDays(7).toString()))
                .post(MATCHES + "/" + eerste + "/acceptatie").then().statusCode(412).contentType("application/problem+json");
        as(wsp()).header("If-Match", etag).body(Map.of("reden", "Geen plek"))
                .post(MATCHES + "/" + eerste + "/afwijzing").then().statusCode(412);
        assertThat(StoreCounts.now()).isEqualTo(before);
        as(werkmatcher()).get(MATCHES + "/" + eerste).then().body("status", equalTo("VOORGESTELD"));

        String huidig = as(wsp()).get(MATCHES + "/" + eerste).then().extract().header("ETag");
        String na = as(wsp()).header("If-Match", huidig).body(Map.of("startdatum", LocalDate.now().plusDays(7).toString()))
                .post(MATCHES + "/" + eerste + "/acceptatie").then().statusCode(200).body("status", equalTo("GEACCEPTEERD"))
                .extract().header("ETag");
        assertThat(versie(na)).isEqualTo(versie(huidig) + 1);
        as(wsp()).body(Map.of("reden", "Geen plek")).post(MATCHES + "/" + tweede + "/afwijzing")
                .then().statusCode(200).body("status", equalTo("AFGEWEZEN"))
                .header("ETag", equalTo("\"" + (versie(na) + 1) + "\""));
    }

    private static long versie(String etag) {
        return Long.parseLong(etag.replace("\"", "").replace("W/", ""));
    }
}
