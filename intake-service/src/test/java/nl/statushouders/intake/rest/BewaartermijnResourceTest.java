package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.intake.service.Bewaartermijnen;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Retention (AVG article 5(1)(e)): a file is closed when the guidance ends; five years (configurable)
 * later the daily job erases it the way an approved request does; the privacy officer sees beforehand,
 * in a dry run, what the job will erase on a given day.
 */
@QuarkusTest
class BewaartermijnResourceTest {

    private static final String RAPPORT = "/api/intake/v1/bewaartermijnen";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Bewaartermijnen bewaartermijnen;

    static String afsluiting(String id) {
        return STATUSHOUDERS + "/" + id + "/afsluiting";
    }

    static String privacyOfficer() {
        return Tokens.withRoles("privacy-officer");
    }

    @Test
    void a_closed_file_is_listed_in_the_dry_run_once_its_period_passes_and_the_job_then_erases_it() throws Throwable {
        String lang = registreer(bsn());
        String kort = registreer(bsn());
        String open = registreer(bsn());
        as(werkmatcher()).body(Map.of("datum", VANDAAG.minusYears(6).toString(), "reden", "WERK"))
                .post(afsluiting(lang)).then().statusCode(200)
                .body("afgeslotenOp", equalTo(VANDAAG.minusYears(6).toString())).body("afsluitreden", equalTo("WERK"));
        as(werkmatcher()).body(Map.of("datum", VANDAAG.minusDays(1).toString(), "reden", "VERHUISD"))
                .post(afsluiting(kort)).then().statusCode(200);

        // The dry run: today only the file closed six years ago; in five years the other one too; never the open one.
        as(privacyOfficer()).get(RAPPORT).then().statusCode(200)
                .body("peildatum", equalTo(VANDAAG.toString())).body("termijnDossier", equalTo("P5Y"))
                .body("verlopen.statushouderId", hasItem(lang))
                .body("verlopen.statushouderId", not(hasItem(kort)))
                .body("verlopen.statushouderId", not(hasItem(open)))
                .body("verlopen.find { it.statushouderId == '" + lang + "' }.verlooptOp", equalTo(VANDAAG.minusYears(1).toString()))
                .body("verlopen.find { it.statushouderId == '" + lang + "' }.categorie", equalTo("dossier"));
        as(privacyOfficer()).queryParam("peildatum", VANDAAG.plusYears(5).toString()).get(RAPPORT).then().statusCode(200)
                .body("verlopen.statushouderId", hasItem(lang)).body("verlopen.statushouderId", hasItem(kort))
                .body("verlopen.statushouderId", not(hasItem(open)));
        // The dry run changes nothing, and is itself in the processing log for the persons it names.
        as(werkmatcher()).get(STATUSHOUDERS + "/" + lang).then().statusCode(200);
        assertThat(TestPostgres.get().count("intake", "select count(*) from verwerkingslog.verwerking "
                + "where activiteit = 'verantwoording' and cast(? as uuid) = any(betrokkenen)", lang)).isPositive();

        Integer gewist = VertxContextSupport.subscribeAndAwait(() -> bewaartermijnen.voerUit());

        assertThat(gewist).isGreaterThanOrEqualTo(1);
        as(werkmatcher()).get(STATUSHOUDERS + "/" + lang).then().statusCode(404);
        as(werkmatcher()).get(STATUSHOUDERS + "/" + kort).then().statusCode(200);
        as(werkmatcher()).get(STATUSHOUDERS + "/" + open).then().statusCode(200);
        TestPostgres pg = TestPostgres.get();
        assertThat(pg.count("sleutelkluis", "select count(*) from persoonssleutel where persoon = cast(? as uuid)", lang)).isZero();
        assertThat(pg.count("intake", "select count(*) from event_store where stream_id = ? "
                + "and cast(payload as jsonb) ->> 'grond' = 'BEWAARTERMIJN_VERSTREKEN' and cast(payload as jsonb) ->> 'goedgekeurdDoor' = 'bewaartermijn'", lang))
                .isEqualTo(1);
        as(privacyOfficer()).get(RAPPORT).then().statusCode(200).body("verlopen.statushouderId", not(hasItem(lang)));
        // A second run finds nothing more to do for this file.
        VertxContextSupport.subscribeAndAwait(() -> bewaartermijnen.voerUit());
        assertThat(pg.count("intake", "select count(*) from event_store where stream_id = ?", lang)).isEqualTo(3);
    }

    @Test
    void a_file_is_closed_once_and_not_ahead_of_time() {
        String id = registreer(bsn());
        as(werkmatcher()).body(Map.of("datum", VANDAAG.plusDays(1).toString(), "reden", "WERK"))
                .post(afsluiting(id)).then().statusCode(422).body("invalidParams.name", hasItem("datum"));
        as(werkmatcher()).body(Map.of("datum", VANDAAG.toString(), "reden", "ONDERWIJS")).post(afsluiting(id)).then().statusCode(200);
        as(werkmatcher()).body(Map.of("datum", VANDAAG.toString(), "reden", "WERK")).post(afsluiting(id)).then().statusCode(422)
                .body("invalidParams.reason", hasItem(org.hamcrest.Matchers.containsString("al afgesloten")));
        as(werkmatcher()).get(STATUSHOUDERS + "/" + id).then().statusCode(200).body("afsluitreden", equalTo("ONDERWIJS"));
    }

    @Test
    void roles_tenants_and_bad_input() {
        String id = registreer(bsn());
        Map<String, String> afsluiting = Map.of("datum", VANDAAG.toString(), "reden", "WERK");
        given().contentType("application/json").body(afsluiting).post(afsluiting(id)).then().statusCode(401);
        for (String rol : new String[]{"vluchtelingenwerk", "beleidsmedewerker", "privacy-officer", "coa"}) {
            as(Tokens.withRoles(rol)).body(afsluiting).post(afsluiting(id)).then().statusCode(403);
        }
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).body(afsluiting)
                .post(afsluiting(id)).then().statusCode(404);
        as(werkmatcher()).body(Map.of("datum", VANDAAG.toString(), "reden", "VERVELING")).post(afsluiting(id)).then()
                .statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("reden"));
        as(werkmatcher()).body(Map.of("reden", "WERK")).post(afsluiting(id)).then().statusCode(400)
                .body("invalidParams.name", hasItem("datum"));
        assertThat(TestPostgres.get().count("intake", "select count(*) from event_store where stream_id = ?", id)).isEqualTo(1);

        given().get(RAPPORT).then().statusCode(401);
        for (String rol : new String[]{"werkmatcher", "teamleider", "beleidsmedewerker"}) {
            as(Tokens.withRoles(rol)).get(RAPPORT).then().statusCode(403);
        }
        as(privacyOfficer()).queryParam("peildatum", "gisteren").get(RAPPORT).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("peildatum"));
        // Another gemeente's privacy officer does not see Utrecht's files.
        String gesloten = registreer(bsn());
        as(werkmatcher()).body(Map.of("datum", VANDAAG.minusYears(7).toString(), "reden", "WERK")).post(afsluiting(gesloten))
                .then().statusCode(200);
        as(Tokens.token().roles("privacy-officer").gemeenten(Tokens.AMERSFOORT).build()).get(RAPPORT).then().statusCode(200)
                .body("verlopen.statushouderId", not(hasItem(gesloten)));
        as(privacyOfficer()).get(RAPPORT).then().statusCode(200).body("verlopen.statushouderId", hasItem(gesloten));
    }
}
