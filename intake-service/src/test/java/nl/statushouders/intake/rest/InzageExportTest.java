package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The inzage export (AVG article 15) as intake gives it when no other service is configured (tests run
 * intake alone; the system tests gather all five): the file with BSN and plan, the processing log, as
 * JSON and as a readable page; after erasure only the log entries, which hold no personal data.
 */
@QuarkusTest
class InzageExportTest {

    static String export(String id) {
        return "/api/intake/v1/inzage/" + id + "/export";
    }

    static String privacyOfficer() {
        return Tokens.withRoles("privacy-officer");
    }

    @Test
    void the_export_holds_the_file_with_bsn_and_who_read_it_as_json_and_as_a_page() {
        String bsn = bsn();
        String id = registreer(bsn);
        as(werkmatcher()).get(STATUSHOUDERS + "/" + id).then().statusCode(200);

        as(privacyOfficer()).get(export(id)).then().statusCode(200)
                .body("statushouderId", equalTo(id))
                .body("delen[0].dienst", equalTo("intake"))
                .body("delen[0].gegevens.dossier.bsn", equalTo(bsn))
                .body("delen[0].gegevens.dossier.voornaam", equalTo("Amira"))
                .body("delen[0].verwerkingen.handeling", hasItem("GET " + STATUSHOUDERS + "/{id}"));
        given().auth().oauth2(privacyOfficer()).accept("text/html").get(export(id)).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\">")).body(containsString("Amira")).body(containsString(bsn))
                .body(not(containsString("<script")));
        // Both answers are in the processing log, the page too.
        org.assertj.core.api.Assertions.assertThat(nl.statushouders.testsupport.TestPostgres.get().count("intake",
                "select count(*) from verwerkingslog.verwerking where handeling like 'GET %/export' and cast(? as uuid) = any(betrokkenen)",
                id)).isEqualTo(2);
    }

    @Test
    void after_erasure_the_export_holds_only_the_processing_log() {
        String bsn = bsn();
        String id = registreer(bsn);
        as(Tokens.token().subject("wm-inzage").roles("werkmatcher").build()).body(Map.of("grond", "VERZOEK_BETROKKENE"))
                .post(STATUSHOUDERS + "/" + id + "/verwijdering").then().statusCode(202);
        as(Tokens.token().subject("tl-inzage").roles("teamleider").build())
                .post(STATUSHOUDERS + "/" + id + "/verwijdering/goedkeuring").then().statusCode(200);

        String body = as(privacyOfficer()).get(export(id)).then().statusCode(200)
                .body("delen[0].gegevens", nullValue())
                .body("delen[0].verwerkingen.activiteit.id", hasItem("verwijdering"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain(bsn).doesNotContain("Amira");
    }

    @Test
    void roles_and_tenants() {
        String id = registreer(bsn());
        given().get(export(id)).then().statusCode(401);
        for (String rol : new String[]{"werkmatcher", "teamleider", "beleidsmedewerker"}) {
            as(Tokens.withRoles(rol)).get(export(id)).then().statusCode(403);
        }
        as(Tokens.token().roles("privacy-officer").gemeenten(Tokens.AMERSFOORT).build()).get(export(id)).then().statusCode(404)
                .contentType("application/problem+json");
        as(privacyOfficer()).get(export("geen-uuid")).then().statusCode(404);
    }
}
