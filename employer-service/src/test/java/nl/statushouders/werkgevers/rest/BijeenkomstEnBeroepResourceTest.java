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
import static nl.statushouders.werkgevers.Fixtures.ROOT;
import static nl.statushouders.werkgevers.Fixtures.WSP;
import static nl.statushouders.werkgevers.Fixtures.accountbeheerder;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.sif;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.werkmatcher;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class BijeenkomstEnBeroepResourceTest {

    static final String BIJEENKOMSTEN = ROOT + "/bijeenkomsten";
    static final String DEN_HAAG = "0518";

    @Test
    void account_managers_and_werkmatchers_schedule_meetings() {
        String werkgever = registreerWerkgever();
        Map<String, Object> rondleiding = bijeenkomst("RONDLEIDING", werkgever);
        String location = as(wsp()).body(rondleiding).post(BIJEENKOMSTEN).then().statusCode(201)
                .header("Location", containsString("/api/werkgevers/v1/bijeenkomsten/"))
                .body("soort", equalTo("RONDLEIDING")).body("werkgeverId", equalTo(werkgever))
                .extract().header("Location");
        as(werkmatcher()).get(location).then().statusCode(200).body("locatie", equalTo("Bakkerij Utrecht, Vleutenseweg 1"));
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).get(location).then().statusCode(404);
        as(werkmatcher()).body(bijeenkomst("MATCHBIJEENKOMST", null)).post(BIJEENKOMSTEN).then().statusCode(201);
        as(sif()).body(bijeenkomst("MATCHBIJEENKOMST", null)).post(BIJEENKOMSTEN).then().statusCode(201);
    }

    @Test
    void past_dates_foreign_employers_and_bad_input_store_nothing() {
        String werkgever = registreerWerkgever();
        StoreCounts before = StoreCounts.now();
        Map<String, Object> verleden = bijeenkomst("RONDLEIDING", null);
        verleden.put("datum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString());
        as(wsp()).body(verleden).post(BIJEENKOMSTEN).then().statusCode(422).body("invalidParams.name", hasItem("datum"));
        as(sif()).body(bijeenkomst("RONDLEIDING", werkgever)).post(BIJEENKOMSTEN).then().statusCode(422)
                .body("invalidParams.name", hasItem("werkgeverId"));
        as(accountbeheerder(WSP, WSP, Tokens.AMERSFOORT)).body(bijeenkomst("RONDLEIDING", werkgever)).post(BIJEENKOMSTEN)
                .then().statusCode(422).body("invalidParams.name", hasItem("werkgeverId"));
        as(wsp()).body(bijeenkomst("BORREL", null)).post(BIJEENKOMSTEN).then().statusCode(400)
                .body("invalidParams.name", hasItem("soort"));
        Map<String, Object> zonderLocatie = bijeenkomst("RONDLEIDING", null);
        zonderLocatie.remove("locatie");
        as(wsp()).body(zonderLocatie).post(BIJEENKOMSTEN).then().statusCode(400).body("invalidParams.name", hasItem("locatie"));
        given().contentType(ContentType.JSON).body(bijeenkomst("RONDLEIDING", null)).post(BIJEENKOMSTEN).then().statusCode(401);
        as(Tokens.withRoles("taalschool")).body(bijeenkomst("RONDLEIDING", null)).post(BIJEENKOMSTEN).then().statusCode(403);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void the_profession_inventory_counts_statushouders_per_profession_in_the_callers_gemeenten_only() {
        String beroep = "Apotheker " + UUID.randomUUID().toString().substring(0, 8);
        statushouder(DEN_HAAG, "A2", beroep, 4);
        statushouder(DEN_HAAG, "A1", beroep.toLowerCase(), 10);
        statushouder(DEN_HAAG, "B1", "Kapper", 2);
        statushouder(Tokens.AMERSFOORT, "A2", beroep, 3);
        String body = as(Tokens.token().roles("werkmatcher").gemeenten(DEN_HAAG).build()).get(ROOT + "/beroepen")
                .then().statusCode(200)
                .body("find { it.beroep == '" + beroep + "' }.aantal", equalTo(2))
                .body("find { it.beroep == 'Kapper' }.aantal", equalTo(1))
                .extract().asString();
        assertThat(body).doesNotContain("statushouderId").doesNotContain("Opgeslagen");
        as(accountbeheerder(WSP, WSP, Tokens.AMERSFOORT)).get(ROOT + "/beroepen").then().statusCode(200)
                .body("find { it.beroep == '" + beroep + "' }.aantal", equalTo(1));
        as(wsp()).get(ROOT + "/beroepen").then().statusCode(200).body("beroep", not(hasItem(beroep)));
        given().get(ROOT + "/beroepen").then().statusCode(401);
        as(Tokens.withRoles("vluchtelingenwerk")).get(ROOT + "/beroepen").then().statusCode(403);
    }

    static Map<String, Object> bijeenkomst(String soort, String werkgever) {
        Map<String, Object> body = new HashMap<>();
        body.put("soort", soort);
        body.put("datum", LocalDate.now().plusDays(10).toString());
        if (werkgever != null) {
            body.put("werkgeverId", werkgever);
        }
        body.put("locatie", "Bakkerij Utrecht, Vleutenseweg 1");
        body.put("omschrijving", "Kennismaken met het bakkersvak");
        return body;
    }
}
