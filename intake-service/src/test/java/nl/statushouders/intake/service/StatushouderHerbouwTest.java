package nl.statushouders.intake.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.klaarVoorWerkgesprek;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkgesprek;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * The intake read model rebuilt from the event store: every projection column comes back exactly as
 * the commands wrote it; BSN and V-nummer, the store of record, are left alone.
 */
@QuarkusTest
class StatushouderHerbouwTest {

    @Inject
    Rebuilds rebuilds;

    @Test
    void a_rebuild_restores_every_projection_column_exactly() {
        String alleenAangemeld = registreer(bsn());
        String metStartgesprek = klaarVoorWerkgesprek(bsn());
        as(werkmatcher()).body(Map.of("werkmatcher", "werkmatcher.a")).put(url(metStartgesprek) + "/werkmatcher")
                .then().statusCode(200);
        String metHerzienPlan = klaarVoorWerkgesprek(bsn());
        as(werkmatcher()).body(werkgesprek()).post(url(metHerzienPlan) + "/werkgesprekken").then().statusCode(201);
        as(werkmatcher()).body(herziening()).put(url(metHerzienPlan) + "/plan-van-aanpak").then().statusCode(200);
        List<String> ids = List.of(alleenAangemeld, metStartgesprek, metHerzienPlan);
        Map<String, String> voor = rows(ids);
        assertThat(voor).hasSize(3);

        // Every projection column wrong; BSN and V-nummer untouched (nothing could restore them).
        TestPostgres.get().execute("intake", "update statushouder set gemeente = '0000', voornaam = 'X', achternaam = 'Y', "
                + "geboortedatum = '1900-01-01', talen = '[]', huisvesting_status = 'WONING', azc_locatie = null, "
                + "datum_verblijfsvergunning = '2000-01-01', werkmatcher = 'fout', startgesprek_datum = '2000-01-01', "
                + "assessment_besluit = 'GEEN', werkgesprek_datum = '2000-01-02', plan_van_aanpak = '{}', plan_versie = 7, "
                + "versie = 99, aangemeld_op = '2000-01-01T00:00:00Z' where id in (" + in(ids) + ")");
        assertThat(rows(ids)).isNotEqualTo(voor);

        Rebuilds.Status status = rebuilds.runNow();

        assertThat(status.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        // 1 + (1 + 1 + 1) + (1 + 1 + 2 + 1) events at least, more from other tests' files.
        assertThat(status.verwerkt()).isGreaterThanOrEqualTo(9).isEqualTo(status.totaal());
        assertThat(rows(ids)).isEqualTo(voor);
        given().auth().oauth2(werkmatcher()).get(url(metHerzienPlan)).then().statusCode(200);
    }

    @Test
    void a_file_whose_row_is_gone_is_skipped_and_the_store_of_record_is_kept() {
        String zonderRij = registreer(bsn());
        String bewaard = registreer(bsn());
        TestPostgres.get().execute("intake", "delete from statushouder where id = '" + zonderRij + "'");
        // A corrected V-nummer exists only in the table: the rebuild keeps it.
        TestPostgres.get().execute("intake", "update statushouder set v_nummer = '9876543210', voornaam = 'X' "
                + "where id = '" + bewaard + "'");
        double overgeslagenVoor = metric("intake_rebuild_files_skipped_total");

        Rebuilds.Status status = rebuilds.runNow();

        assertThat(status.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        assertThat(TestPostgres.get().count("intake", "select count(*) from statushouder where id = ?",
                UUID.fromString(zonderRij))).isZero();
        assertThat(TestPostgres.get().count("intake", "select count(*) from event_store where stream_id = ?", zonderRij))
                .isEqualTo(1);
        assertThat(metric("intake_rebuild_files_skipped_total")).isGreaterThanOrEqualTo(overgeslagenVoor + 1);
        assertThat(TestPostgres.get().text("intake", "select v_nummer from statushouder where id = ?",
                UUID.fromString(bewaard))).isEqualTo("9876543210");
        assertThat(TestPostgres.get().text("intake", "select voornaam from statushouder where id = ?",
                UUID.fromString(bewaard))).isEqualTo("Amira");
    }

    @Test
    void an_erased_file_stays_erased_and_is_not_reported_as_damage() {
        String id = registreer(bsn());
        as(Tokens.token().subject("wm-herbouw").roles("werkmatcher").build()).body(Map.of("grond", "ONTERECHT_AANGEMELD"))
                .post(STATUSHOUDERS + "/" + id + "/verwijdering").then().statusCode(202);
        as(Tokens.token().subject("tl-herbouw").roles("teamleider").build())
                .post(STATUSHOUDERS + "/" + id + "/verwijdering/goedkeuring").then().statusCode(200);
        double gewistVoor = metric("intake_rebuild_files_erased_total");

        Rebuilds.Status status = rebuilds.runNow();

        assertThat(status.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        assertThat(metric("intake_rebuild_files_erased_total")).isGreaterThanOrEqualTo(gewistVoor + 1);
        assertThat(TestPostgres.get().count("intake", "select count(*) from statushouder where id = ?", UUID.fromString(id)))
                .isZero();
        as(werkmatcher()).get(STATUSHOUDERS + "/" + id).then().statusCode(404);
    }

    @Test
    void the_rebuild_endpoint_is_for_platform_beheer_only() {
        registreer(bsn());
        String herbouw = "/api/intake/v1/projecties/herbouw";
        given().post(herbouw).then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles("werkmatcher")).post(herbouw).then().statusCode(403);
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).post(herbouw)
                .then().statusCode(202).header("Location", endsWith("/api/intake/v1/projecties/herbouw"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.withRoles("platform-beheer")).get(herbouw)
                        .then().statusCode(200).body("toestand", equalTo("KLAAR")));
        given().auth().oauth2(Tokens.withRoles("platform-beheer")).get(herbouw)
                .then().body("verwerkt", greaterThan(0));
        given().get(herbouw).then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles("teamleider")).get(herbouw).then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> herziening() {
        Map<String, Object> body = new HashMap<>();
        body.put("reden", "Taalniveau B1 gehaald");
        body.put("planVanAanpak", werkgesprek().get("planVanAanpak"));
        ((Map<String, Object>) body.get("planVanAanpak")).put("leerroute", "ONDERWIJS");
        return body;
    }

    private static String url(String id) {
        return STATUSHOUDERS + "/" + id;
    }

    private static String in(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }

    /** Every column of these rows as text, per id: what a reader of the table sees. */
    private static Map<String, String> rows(List<String> ids) {
        return TestPostgres.get().rows("intake", "select * from statushouder where id in (" + in(ids) + ") order by id");
    }

    private static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
