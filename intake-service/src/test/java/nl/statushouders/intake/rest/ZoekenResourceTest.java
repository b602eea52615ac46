package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registratie;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ZoekenResourceTest {

    static final String ZOEK = STATUSHOUDERS + "/_zoek";

    @Test
    void a_werkmatcher_finds_a_file_by_bsn_in_own_gemeenten_only() {
        String bsn = bsn();
        String id = registreer(bsn);
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).body(registratie(bsn))
                .post(STATUSHOUDERS).then().statusCode(201);
        as(werkmatcher()).body(Map.of("bsn", bsn)).post(ZOEK)
                .then().statusCode(200).body("id", contains(id)).body("[0].bsn", org.hamcrest.Matchers.equalTo(bsn));
        as(werkmatcher()).body(Map.of("bsn", bsn())).post(ZOEK).then().statusCode(200).body("$", empty());
    }

    @Test
    void only_werkmatchers_may_search() {
        for (String role : new String[]{"teamleider", "vluchtelingenwerk", "coa", "beleidsmedewerker"}) {
            as(Tokens.withRoles(role)).body(Map.of("bsn", bsn())).post(ZOEK).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Map.of("bsn", bsn())).post(ZOEK).then().statusCode(401);
    }

    @Test
    void an_invalid_bsn_is_400() {
        as(werkmatcher()).body(Map.of("bsn", "123456789")).post(ZOEK)
                .then().statusCode(400).body("invalidParams.name", hasItem("bsn"));
        as(werkmatcher()).body(Map.of()).post(ZOEK).then().statusCode(400);
    }
}
