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
import static nl.statushouders.intake.Fixtures.registratie;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RegistratieResourceTest {

    @Test
    void registers_with_201_location_version_and_api_version() {
        String bsn = bsn();
        String location = as(werkmatcher()).body(registratie(bsn)).post(STATUSHOUDERS)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/intake/v1/statushouders/[0-9a-f-]{36}"))
                .header("API-Version", "1.0.0")
                .header("ETag", "\"1\"")
                .body("gemeente", equalTo(Tokens.UTRECHT))
                .body("voornaam", equalTo("Amira"))
                .extract().header("Location");

        given().auth().oauth2(werkmatcher()).get(location)
                .then().statusCode(200)
                .body("bsn", equalTo(bsn))
                .body("huisvesting.status", equalTo("AZC"))
                .body("talen", hasItem("Arabisch"));
    }

    @Test
    void coa_may_register_a_handover() {
        as(Tokens.withRoles("coa")).body(registratie(bsn())).post(STATUSHOUDERS).then().statusCode(201)
                .body("bsn", nullValue());
    }

    @Test
    void bsn_is_shown_to_werkmatchers_only() {
        String id = registreer(bsn());
        for (String role : new String[]{"teamleider", "vluchtelingenwerk"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get(STATUSHOUDERS + "/" + id)
                    .then().statusCode(200)
                    .body("bsn", nullValue())
                    .body("vNummer", nullValue())
                    .body("achternaam", equalTo("Haddad"));
        }
    }

    @Test
    void bad_bsn_is_a_400_naming_the_field_and_not_echoing_it() {
        assertRejected(with("bsn", "123456789"), 400, "bsn");
        assertRejected(with("bsn", "12345"), 400, "bsn");
        String body = as(werkmatcher()).body(with("bsn", "123456789")).post(STATUSHOUDERS).then().extract().asString();
        assertThat(body).doesNotContain("123456789");
    }

    @Test
    void missing_name_is_a_400() {
        assertRejected(with("voornaam", null), 400, "voornaam");
        assertRejected(with("achternaam", " "), 400, "achternaam");
    }

    @Test
    void birth_date_in_the_future_is_a_400() {
        assertRejected(with("geboortedatum", LocalDate.now().plusDays(1).toString()), 400, "geboortedatum");
    }

    @Test
    void birth_date_of_a_child_breaks_the_working_age_policy() {
        assertRejected(with("geboortedatum", LocalDate.now().minusYears(8).toString()), 422, "geboortedatum");
    }

    @Test
    void unparseable_date_and_unknown_enum_name_the_field() {
        assertRejected(with("geboortedatum", "12-03-1994"), 400, "geboortedatum");
        assertRejected(with("huisvesting", Map.of("status", "TENT")), 400, "huisvesting.status");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        StoreCounts before = StoreCounts.now();
        given().auth().oauth2(werkmatcher()).contentType(ContentType.JSON).body("{\"bsn\": \"1112")
                .post(STATUSHOUDERS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", notNullValue());
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void no_token_is_401_with_a_problem() {
        given().contentType(ContentType.JSON).body(registratie(bsn())).post(STATUSHOUDERS)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void invalid_token_is_401() {
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(registratie(bsn())).post(STATUSHOUDERS)
                .then().statusCode(401);
    }

    @Test
    void wrong_roles_are_403_and_store_nothing() {
        StoreCounts before = StoreCounts.now();
        for (String role : new String[]{"teamleider", "vluchtelingenwerk", "taalschool", "beleidsmedewerker", "uaf"}) {
            as(Tokens.withRoles(role)).body(registratie(bsn())).post(STATUSHOUDERS)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.withRoles("coa")).get(STATUSHOUDERS + "/" + registreer(bsn()))
                .then().statusCode(403);
        assertThat(StoreCounts.now().events()).isEqualTo(before.events() + 1);
    }

    @Test
    void a_token_without_gemeente_is_403() {
        as(Tokens.token().roles("werkmatcher").gemeenten().build()).body(registratie(bsn())).post(STATUSHOUDERS)
                .then().statusCode(403);
    }

    @Test
    void a_gemeente_the_caller_does_not_serve_is_403() {
        as(werkmatcher()).body(with("gemeente", Tokens.AMERSFOORT)).post(STATUSHOUDERS).then().statusCode(403);
    }

    @Test
    void another_gemeentes_statushouder_is_404() {
        String id = registreer(bsn());
        given().auth().oauth2(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build())
                .get(STATUSHOUDERS + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(werkmatcher()).get(STATUSHOUDERS + "/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404);
        given().auth().oauth2(werkmatcher()).get(STATUSHOUDERS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void duplicate_bsn_in_the_gemeente_is_409_and_names_the_file_to_werkmatchers_only() {
        String bsn = bsn();
        String id = registreer(bsn);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(registratie(bsn)).post(STATUSHOUDERS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(id));
        as(Tokens.withRoles("coa")).body(registratie(bsn)).post(STATUSHOUDERS)
                .then().statusCode(409)
                .body("detail", not(containsString(id)));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void the_same_bsn_may_live_in_another_gemeente() {
        String bsn = bsn();
        registreer(bsn);
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).body(registratie(bsn))
                .post(STATUSHOUDERS).then().statusCode(201).body("gemeente", equalTo(Tokens.AMERSFOORT));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = registratie(bsn());
        body.put(field, value);
        return body;
    }

    private static void assertRejected(Map<String, Object> body, int status, String field) {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(STATUSHOUDERS)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
