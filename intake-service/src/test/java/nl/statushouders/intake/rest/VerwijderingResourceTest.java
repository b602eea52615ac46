package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Erasure (AVG article 17): asked by a werkmatcher, approved by a teamleider, then nothing is left to read. */
@QuarkusTest
class VerwijderingResourceTest {

    @jakarta.inject.Inject
    nl.statushouders.intake.service.Identificatiegegevens identificatie;

    static final Map<String, String> VERZOEK = Map.of("grond", "VERZOEK_BETROKKENE");

    static String verwijdering(String id) {
        return STATUSHOUDERS + "/" + id + "/verwijdering";
    }

    static String werkmatcher(String subject) {
        return Tokens.token().subject(subject).roles("werkmatcher").build();
    }

    static String teamleider(String subject) {
        return Tokens.token().subject(subject).roles("teamleider").build();
    }

    @Test
    void asked_and_approved_the_file_is_gone_the_key_destroyed_and_the_erasure_published_without_personal_data() {
        String bsn = bsn();
        String id = registreer(bsn);
        as(werkmatcher("wm-1")).body(VERZOEK).post(verwijdering(id)).then().statusCode(202)
                .body("status", equalTo("AANGEVRAAGD")).body("statushouderId", equalTo(id));
        as(werkmatcher("wm-1")).get(STATUSHOUDERS + "/" + id).then().statusCode(200);

        as(teamleider("tl-1")).post(verwijdering(id) + "/goedkeuring").then().statusCode(200)
                .body("status", equalTo("VERWIJDERD"));

        as(werkmatcher("wm-1")).get(STATUSHOUDERS + "/" + id).then().statusCode(404);
        as(werkmatcher("wm-1")).body(Map.of("bsn", bsn)).post(STATUSHOUDERS + "/_zoek").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        as(teamleider("tl-1")).post(verwijdering(id) + "/goedkeuring").then().statusCode(404);
        TestPostgres pg = TestPostgres.get();
        assertThat(pg.count("intake", "select count(*) from statushouder where id = cast(? as uuid)", id)).isZero();
        assertThat(pg.count("intake", "select count(*) from statushouder where bsn_hash = ?", identificatie.zoekwaarde(bsn)))
                .isZero();
        assertThat(pg.count("sleutelkluis", "select count(*) from persoonssleutel where persoon = cast(? as uuid)", id)).isZero();
        assertThat(pg.count("sleutelkluis", "select count(*) from vernietigde_sleutel where persoon = cast(? as uuid)", id))
                .isEqualTo(1);
        // The events stay (an immutable history), but what they said about the person cannot be read.
        assertThat(pg.count("intake", "select count(*) from event_store where stream_id = ?", id)).isEqualTo(3);
        var erased = TestKafka.get().awaitRecords("intake.events.v1",
                r -> id.equals(r.key()) && r.value().contains("statushouder-verwijderd"), 1).get(0);
        assertThat(erased.value()).doesNotContain(bsn).doesNotContain("Amira").doesNotContain("vsl:1:");
        assertThat(nl.statushouders.testsupport.EventSchemas.validate(nl.statushouders.testsupport.TestEvents.read(erased.value())))
                .isEmpty();
    }

    @Test
    void approval_needs_a_request_and_someone_else_than_who_asked() {
        String id = registreer(bsn());
        as(teamleider("tl-2")).post(verwijdering(id) + "/goedkeuring").then().statusCode(422)
                .body("invalidParams.name", hasItem("verwijdering"));
        as(Tokens.token().subject("beide").roles("werkmatcher", "teamleider").build()).body(VERZOEK)
                .post(verwijdering(id)).then().statusCode(202);
        as(Tokens.token().subject("beide").roles("werkmatcher", "teamleider").build())
                .post(verwijdering(id) + "/goedkeuring").then().statusCode(422)
                .body("invalidParams.name", hasItem("goedkeuring"));
        as(werkmatcher("wm-3")).get(STATUSHOUDERS + "/" + id).then().statusCode(200);
    }

    @Test
    void roles_tenants_and_bad_input() {
        String id = registreer(bsn());
        given().contentType("application/json").body(VERZOEK).post(verwijdering(id)).then().statusCode(401);
        for (String rol : new String[]{"teamleider", "vluchtelingenwerk", "coa", "privacy-officer"}) {
            as(Tokens.withRoles(rol)).body(VERZOEK).post(verwijdering(id)).then().statusCode(403);
        }
        for (String rol : new String[]{"werkmatcher", "beleidsmedewerker", "privacy-officer"}) {
            as(Tokens.withRoles(rol)).post(verwijdering(id) + "/goedkeuring").then().statusCode(403);
        }
        as(Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build()).body(VERZOEK)
                .post(verwijdering(id)).then().statusCode(404);
        as(werkmatcher("wm-4")).body(Map.of("grond", "OMDAT_HET_KAN")).post(verwijdering(id)).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("grond"));
        as(werkmatcher("wm-4")).body(Map.of()).post(verwijdering(id)).then().statusCode(400);
        assertThat(TestPostgres.get().count("intake", "select count(*) from event_store where stream_id = ?", id)).isEqualTo(1);
    }
}
