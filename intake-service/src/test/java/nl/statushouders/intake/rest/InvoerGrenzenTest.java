package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.intake.StoreCounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registratie;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Boundary hardening found by probing (issue #11): JSON that does not match the declared types is
 * refused, not coerced; text with control characters or bidirectional overrides is refused; malformed
 * JSON gets a Dutch problem. Each a 400 naming the field, and nothing is stored.
 */
@QuarkusTest
class InvoerGrenzenTest {

    private void geweigerd(Map<String, Object> body, String veld) {
        StoreCounts voor = StoreCounts.now();
        as(werkmatcher()).body(body).post(STATUSHOUDERS).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem(veld));
        assertThat(StoreCounts.now()).isEqualTo(voor);
    }

    private static Map<String, Object> met(String veld, Object waarde) {
        Map<String, Object> body = registratie(bsn());
        body.put(veld, waarde);
        return body;
    }

    @Test
    void a_number_or_a_boolean_is_not_a_name_and_a_number_is_not_a_date() {
        geweigerd(met("voornaam", 12345), "voornaam");
        geweigerd(met("achternaam", true), "achternaam");
        geweigerd(met("geboortedatum", 19940312), "geboortedatum");
        geweigerd(met("talen", List.of(1, 2)), "talen[0]");
    }

    @Test
    void control_characters_and_bidirectional_overrides_in_text_are_refused() {
        geweigerd(met("voornaam", "Am\u202Eari"), "voornaam");
        geweigerd(met("achternaam", "Had\u0007dad"), "achternaam");
        geweigerd(met("talen", List.of("Arabisch", "Eng\u2066els")), "talen[1]");
        geweigerd(met("huisvesting", Map.of("status", "AZC", "azcLocatie", "AZC\u0000 Utrecht")), "huisvesting.azcLocatie");
        // Right-to-left script itself is fine: names are written in it.
        as(werkmatcher()).body(met("voornaam", "أميرة")).post(STATUSHOUDERS).then().statusCode(201)
                .body("voornaam", equalTo("أميرة"));
    }

    @Test
    void malformed_json_gets_a_dutch_problem_and_unknown_fields_are_ignored() {
        as(werkmatcher()).body("{\"bsn\": \"123\", ").post(STATUSHOUDERS).then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Ongeldige JSON"));
        as(werkmatcher()).body(met("onbekendVeld", "genegeerd")).post(STATUSHOUDERS).then().statusCode(201);
    }
}
