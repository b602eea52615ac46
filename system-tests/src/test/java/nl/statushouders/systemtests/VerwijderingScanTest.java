package nl.statushouders.systemtests;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static nl.statushouders.systemtests.Platform.as;
import static nl.statushouders.systemtests.Platform.assessment;
import static nl.statushouders.systemtests.Platform.bsn;
import static nl.statushouders.systemtests.Platform.client;
import static nl.statushouders.systemtests.Platform.id;
import static nl.statushouders.systemtests.Platform.intake;
import static nl.statushouders.systemtests.Platform.monitoring;
import static nl.statushouders.systemtests.Platform.trajecten;
import static nl.statushouders.systemtests.Platform.user;
import static nl.statushouders.systemtests.Platform.werkgevers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Issue #11's erasure, shown on the running platform: a person goes the route through all five
 * services with a unique name, birth date and free texts; a werkmatcher asks for erasure and a
 * teamleider approves it; then every database (the key store included), every Kafka topic (dead-letter
 * topics included) and every service log is scanned for those values in readable form. None may be
 * left beyond what was there before she was registered; every API answers 404 or 410 for her; the
 * gemeente's KPIs are what they were.
 */
class VerwijderingScanTest {

    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private final String werkmatcher = user("werkmatcher.utrecht");
    private final String teamleider = user("teamleider.utrecht");

    @Test
    void after_erasure_nothing_readable_about_the_person_is_left_anywhere() throws Exception {
        String voornaam = "Vel" + letters(7);
        String achternaam = "Zor" + letters(7);
        String geboortedatum = LocalDate.of(1965, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000)).toString();
        String vrijeTekst = "Notitie" + letters(9);
        List<String> kenmerken = List.of(voornaam, achternaam, geboortedatum, vrijeTekst);
        Sporen.Resultaat voorAanmelding = Sporen.scan(kenmerken);
        String bsn = bsn();
        Sporen.Resultaat bsnVoorAanmelding = Sporen.scan(List.of(bsn));

        String id = id(as(werkmatcher).body(Map.of("bsn", bsn, "voornaam", voornaam, "achternaam", achternaam,
                        "geboortedatum", geboortedatum, "talen", List.of("Tigrinya"), "huisvesting", Map.of("status", "WONING"),
                        "datumVerblijfsvergunning", "2026-07-01"))
                .post(intake() + "/statushouders").then().statusCode(201).extract().header("Location"));
        as(werkmatcher).body(Map.of("datum", VANDAAG.toString(), "werkmatcher", "werkmatcher.utrecht",
                        "assessmentBesluit", "NOA", "motivering", vrijeTekst + " startgesprek"))
                .post(intake() + "/statushouders/" + id + "/startgesprekken").then().statusCode(201);
        String assessmentId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(werkmatcher).queryParam("statushouderId", id).get(assessment() + "/assessments")
                        .then().statusCode(200).extract().<String>path("[0].id"), a -> a != null);
        as(client("noa-assessment")).body(Map.of("datum", VANDAAG.toString(), "opleidingsniveau", "MBO4",
                        "werkervaring", List.of(Map.of("beroep", "Verpleegkundige", "jaren", 6, "land", "Eritrea")),
                        "taalniveau", Map.of("lezen", "A2", "luisteren", "A2", "spreken", "A1", "schrijven", "A1"),
                        "competenties", List.of("Zorgzaam"), "kansen", List.of("Zorg"), "belemmeringen", List.of(vrijeTekst + " belemmering"),
                        "advies", vrijeTekst + " advies"))
                .post(assessment() + "/assessments/" + assessmentId + "/resultaat").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(werkmatcher)
                .get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(200)
                .body("voortgang.assessment.status", equalTo("AFGEROND")));
        as(werkmatcher).body(Map.of("datum", VANDAAG.toString(), "assessmentId", assessmentId,
                        "deelnemers", List.of(Map.of("rol", "WERKMATCHER"), Map.of("rol", "VLUCHTELINGENWERK")),
                        "planVanAanpak", Map.of("leerroute", "B1", "doelen", List.of(vrijeTekst + " doel"),
                                "afspraken", List.of(Map.of("activiteit", vrijeTekst + " afspraak", "verantwoordelijke", "GEMEENTE")),
                                "evaluatiedatum", VANDAAG.plusMonths(3).toString())))
                .post(intake() + "/statushouders/" + id + "/werkgesprekken").then().statusCode(201);

        String wsp = client("werkgeversservicepunt");
        String plaats = Platform.taalstageInDeZorg(wsp, "Zorggroep Zuilen");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(werkmatcher)
                .get(werkgevers() + "/plaatsen/" + plaats + "/kandidaten").then().statusCode(200)
                .body("statushouderId", hasItem(id)));
        String match = id(as(werkmatcher).body(Map.of("statushouderId", id, "plaatsId", plaats,
                        "motivering", vrijeTekst + " match"))
                .post(werkgevers() + "/matches").then().statusCode(201).extract().header("Location"));
        as(wsp).body(Map.of("startdatum", VANDAAG.toString()))
                .post(werkgevers() + "/matches/" + match + "/acceptatie").then().statusCode(200);
        String traject = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(werkmatcher).queryParam("statushouderId", id).get(trajecten() + "/trajecten")
                        .then().statusCode(200).extract().<String>path("find { it.soort == 'TAALSTAGE' }.id"), t -> t != null);
        as(werkmatcher).body(Map.of()).post(trajecten() + "/trajecten/" + traject + "/start").then().statusCode(200);
        as(werkmatcher).body(Map.of("datum", VANDAAG.toString(), "aanwezigheidPercentage", 95,
                        "taalniveau", Map.of("spreken", "A2"), "toelichting", vrijeTekst + " voortgang"))
                .post(trajecten() + "/trajecten/" + traject + "/voortgang").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(werkmatcher)
                .get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(200)
                .body("voortgang.taalniveau.spreken.niveau", equalTo("A2")));

        // The scan is not blind: before the erasure it finds her (intake's file holds her name in plain text).
        Sporen.Resultaat voorVerwijdering = Sporen.scan(kenmerken);
        assertThat(voorVerwijdering.meerDan(voorAanmelding)).as("the scan finds the person before erasure")
                .anySatisfy(plek -> assertThat(plek).startsWith("database intake"));
        // The BSN never is in plain text, not even in intake's own file (encrypted, found by a keyed hash).
        assertThat(Sporen.scan(List.of(bsn)).meerDan(bsnVoorAanmelding)).as("the BSN in plain text").isEmpty();
        as(werkmatcher).body(Map.of("bsn", bsn)).post(intake() + "/statushouders/_zoek").then().statusCode(200)
                .body("[0].bsn", equalTo(bsn));
        String kpis = as(teamleider).get(monitoring() + "/kpis").then().statusCode(200).extract().asString();

        // Inzage (AVG article 15): the privacy officer's export gathers all five services' parts.
        String privacyOfficer = user("privacy.utrecht");
        String inzage = intake() + "/inzage/" + id + "/export";
        as(privacyOfficer).get(inzage).then().statusCode(200)
                .body("delen.dienst", org.hamcrest.Matchers.containsInAnyOrder("intake", "assessment", "trajecten", "werkgevers", "monitoring"))
                .body("delen.find { it.dienst == 'intake' }.gegevens.dossier.achternaam", equalTo(achternaam))
                .body("delen.find { it.dienst == 'trajecten' }.gegevens.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("delen.find { it.dienst == 'werkgevers' }.verwerkingen.size()", org.hamcrest.Matchers.greaterThan(0));
        io.restassured.RestAssured.given().auth().oauth2(privacyOfficer).accept("text/html").get(inzage).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(achternaam)).body(org.hamcrest.Matchers.containsString(vrijeTekst + " advies"));

        as(werkmatcher).body(Map.of("grond", "VERZOEK_BETROKKENE"))
                .post(intake() + "/statushouders/" + id + "/verwijdering").then().statusCode(202);
        as(teamleider).body(Map.of()).post(intake() + "/statushouders/" + id + "/verwijdering/goedkeuring")
                .then().statusCode(200).body("status", equalTo("VERWIJDERD"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(Sporen.verwerktDoor(id)).containsExactlyInAnyOrder("assessment", "trajecten", "werkgevers", "monitoring"));

        // Every API: as if she never existed.
        as(werkmatcher).get(intake() + "/statushouders/" + id).then().statusCode(anyOf(is(404), is(410)));
        as(werkmatcher).get(assessment() + "/assessments/" + assessmentId).then().statusCode(anyOf(is(404), is(410)));
        as(werkmatcher).queryParam("statushouderId", id).get(assessment() + "/assessments").then().statusCode(200)
                .body("size()", equalTo(0));
        as(werkmatcher).get(trajecten() + "/trajecten/" + traject).then().statusCode(anyOf(is(404), is(410)));
        as(werkmatcher).queryParam("statushouderId", id).get(trajecten() + "/trajecten").then().statusCode(200)
                .body("size()", equalTo(0));
        as(werkmatcher).get(werkgevers() + "/matches/" + match).then().statusCode(anyOf(is(404), is(410)));
        as(werkmatcher).get(werkgevers() + "/plaatsen/" + plaats + "/kandidaten").then().statusCode(200)
                .body("statushouderId", not(hasItem(id)));
        as(werkmatcher).get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(anyOf(is(404), is(410)));
        as(werkmatcher).get(monitoring() + "/caseload").then().statusCode(200).body("regels.statushouderId", not(hasItem(id)));

        // Her inzage now holds only who processed her data, nothing readable about her.
        String naInzage = as(privacyOfficer).get(inzage).then().statusCode(200).extract().asString();
        assertThat(naInzage).doesNotContain(voornaam).doesNotContain(achternaam).doesNotContain(vrijeTekst).doesNotContain(geboortedatum);

        // The KPIs still count her, anonymously.
        as(teamleider).get(monitoring() + "/kpis").then().statusCode(200).body(equalTo(kpis));

        // Nothing readable left: databases, key store, topics with their dead letters, logs.
        Sporen.Resultaat naVerwijdering = Sporen.scan(kenmerken);
        System.out.println("[verwijdering] gescand: " + naVerwijdering.omvang());
        System.out.println("[verwijdering] voor de verwijdering gevonden op: " + voorVerwijdering.meerDan(voorAanmelding));
        assertThat(naVerwijdering.meerDan(voorAanmelding)).as("readable traces of the erased person").isEmpty();
        assertThat(Sporen.sleutelVan(id)).as("her key in the key store").isZero();
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
