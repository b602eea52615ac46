package nl.statushouders.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The whole route across the five running services, only through their public APIs and with the
 * realm's real tokens: registration, startgesprek, the NOA assessment that intake's event caused,
 * the joint werkgesprek, an employer's taalstage place, the accepted match that makes trajecten plan
 * the taalstage, its start and a progress report. Monitoring shows every step.
 */
class RouteNaarWerkTest {

    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private final String werkmatcher = user("werkmatcher.utrecht");

    @Test
    void from_registration_to_a_started_taalstage_with_progress() {
        String id = id(as(werkmatcher).body(Map.of("bsn", bsn(), "voornaam", "Rahel", "achternaam", "Gebre",
                        "geboortedatum", "1991-03-14", "talen", List.of("Tigrinya"), "huisvesting", Map.of("status", "WONING"),
                        "datumVerblijfsvergunning", "2026-07-01"))
                .post(intake() + "/statushouders").then().statusCode(201).extract().header("Location"));
        awaitFase(id, "AANGEMELD");

        // Startgesprek with the NOA decision: assessment-service invites her on intake's event.
        as(werkmatcher).body(Map.of("datum", VANDAAG.toString(), "werkmatcher", "werkmatcher.utrecht", "assessmentBesluit", "NOA"))
                .post(intake() + "/statushouders/" + id + "/startgesprekken").then().statusCode(201);
        String assessmentId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(werkmatcher).queryParam("statushouderId", id).get(assessment() + "/assessments")
                        .then().statusCode(200).extract().<String>path("[0].id"), a -> a != null);
        awaitFase(id, "ASSESSMENT");

        // A supported session organised with COA, then the NOA report.
        as(client("coa")).body(Map.of("datum", VANDAAG.toString(), "locatie", "AZC Utrecht", "begeleiding", true))
                .post(assessment() + "/assessments/" + assessmentId + "/sessies").then().statusCode(201);
        as(client("noa-assessment")).body(Map.of("datum", VANDAAG.toString(), "opleidingsniveau", "MBO4",
                        "werkervaring", List.of(Map.of("beroep", "Verpleegkundige", "jaren", 6, "land", "Eritrea")),
                        "taalniveau", Map.of("lezen", "A2", "luisteren", "A2", "spreken", "A1", "schrijven", "A1"),
                        "competenties", List.of("Zorgzaam"), "kansen", List.of("Zorg"), "belemmeringen", List.of("Taal"),
                        "advies", "Taalstage in de zorg"))
                .post(assessment() + "/assessments/" + assessmentId + "/resultaat").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(werkmatcher)
                .get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(200)
                .body("voortgang.assessment.status", equalTo("AFGEROND"))
                .body("voortgang.taalniveau.spreken.niveau", equalTo("A1")));

        // The joint werkgesprek with VluchtelingenWerk, using the report.
        as(werkmatcher).body(Map.of("datum", VANDAAG.toString(), "assessmentId", assessmentId,
                        "deelnemers", List.of(Map.of("rol", "WERKMATCHER"), Map.of("rol", "VLUCHTELINGENWERK")),
                        "planVanAanpak", Map.of("leerroute", "B1", "doelen", List.of("Werk in de zorg"),
                                "afspraken", List.of(Map.of("activiteit", "Taalstage zoeken", "verantwoordelijke", "GEMEENTE")),
                                "evaluatiedatum", VANDAAG.plusMonths(3).toString())))
                .post(intake() + "/statushouders/" + id + "/werkgesprekken").then().statusCode(201);
        awaitFase(id, "WERKGESPREK");

        // The Werkgeversservicepunt brings in a care home with a taalstage place.
        String wsp = client("werkgeversservicepunt");
        String plaats = Platform.taalstageInDeZorg(wsp, "Zorggroep Overvecht");

        // She is a candidate for the place (employer-service learned her profile from the events) ...
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(werkmatcher)
                .get(werkgevers() + "/plaatsen/" + plaats + "/kandidaten").then().statusCode(200)
                .body("statushouderId", hasItem(id)));
        // ... the werkmatcher proposes her and the employer's account manager accepts.
        String match = id(as(werkmatcher).body(Map.of("statushouderId", id, "plaatsId", plaats,
                        "motivering", "Zes jaar ervaring als verpleegkundige"))
                .post(werkgevers() + "/matches").then().statusCode(201).extract().header("Location"));
        as(client("social-impact-factory")).body(Map.of("startdatum", VANDAAG.toString()))
                .post(werkgevers() + "/matches/" + match + "/acceptatie").then().statusCode(404);
        as(wsp).body(Map.of("startdatum", VANDAAG.toString()))
                .post(werkgevers() + "/matches/" + match + "/acceptatie").then().statusCode(200);

        // Trajecten planned the taalstage from the accepted match; the werkmatcher starts it.
        String traject = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(werkmatcher).queryParam("statushouderId", id).get(trajecten() + "/trajecten")
                        .then().statusCode(200).extract().<String>path("find { it.soort == 'TAALSTAGE' }.id"), t -> t != null);
        as(werkmatcher).body(Map.of()).post(trajecten() + "/trajecten/" + traject + "/start").then().statusCode(200)
                .body("status", equalTo("ACTIEF"));
        awaitFase(id, "IN_TRAJECT");

        // A progress report from the workplace.
        as(werkmatcher).body(Map.of("datum", VANDAAG.toString(), "aanwezigheidPercentage", 95,
                        "taalniveau", Map.of("spreken", "A2"), "toelichting", "Doet de overdracht al deels zelf"))
                .post(trajecten() + "/trajecten/" + traject + "/voortgang").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath v = as(user("teamleider.utrecht")).get(monitoring() + "/statushouders/" + id + "/voortgang")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(v.getString("voortgang.taalniveau.spreken.niveau")).isEqualTo("A2");
            assertThat(v.getString("voortgang.trajecten.'" + traject + "'.soort")).isEqualTo("TAALSTAGE");
            assertThat(v.getString("voortgang.trajecten.'" + traject + "'.laatsteVoortgang")).isEqualTo(VANDAAG.toString());
            assertThat(v.getList("voortgang.tijdlijn.omschrijving")).contains("Match met werkgever geaccepteerd",
                    "Traject gestart: taalstage", "Voortgang gemeld");
        });
    }

    @Test
    void a_taalschool_reports_for_its_own_students_only() {
        String id = id(as(werkmatcher).body(Map.of("bsn", bsn(), "voornaam", "Karim", "achternaam", "Nasser",
                        "geboortedatum", "1985-09-09", "talen", List.of("Arabisch"), "huisvesting", Map.of("status", "WONING"),
                        "datumVerblijfsvergunning", "2026-05-01"))
                .post(intake() + "/statushouders").then().statusCode(201).extract().header("Location"));
        // Trajecten knows her once intake's event has arrived.
        String inburgering = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(werkmatcher).body(Map.of("statushouderId", id, "soort", "INBURGERING", "aanbieder", "Taalschool Utrecht",
                                "aanbiederOrganisatie", "taalschool-utrecht", "startdatum", VANDAAG.toString(),
                                "geplandeEinddatum", VANDAAG.plusYears(2).toString(), "urenPerWeek", 12,
                                "leerdoelen", List.of(Map.of("soort", "TAAL", "omschrijving", "Inburgeringsexamen B1"))))
                        .post(trajecten() + "/trajecten").then().extract().header("Location"), l -> l != null);
        String vrijwilligerswerk = id(as(werkmatcher).body(Map.of("statushouderId", id, "soort", "VRIJWILLIGERSWERK",
                        "aanbieder", "Buurthuis Zuilen", "startdatum", VANDAAG.toString(),
                        "geplandeEinddatum", VANDAAG.plusMonths(6).toString(), "urenPerWeek", 8,
                        "leerdoelen", List.of(Map.of("soort", "WERKNEMERSVAARDIGHEDEN", "omschrijving", "Op tijd komen"))))
                .post(trajecten() + "/trajecten").then().statusCode(201).extract().header("Location"));
        inburgering = id(inburgering);
        as(werkmatcher).body(Map.of()).post(trajecten() + "/trajecten/" + inburgering + "/start").then().statusCode(200);
        as(werkmatcher).body(Map.of()).post(trajecten() + "/trajecten/" + vrijwilligerswerk + "/start").then().statusCode(200);

        String taalschool = client("taalschool-utrecht");
        Map<String, Object> rapport = Map.of("datum", VANDAAG.toString(), "aanwezigheidPercentage", 70,
                "toelichting", "Mist lessen op maandag");
        as(taalschool).body(rapport).post(trajecten() + "/trajecten/" + inburgering + "/voortgang").then().statusCode(201);
        // Someone else's trajectory: as if it did not exist.
        as(taalschool).body(rapport).post(trajecten() + "/trajecten/" + vrijwilligerswerk + "/voortgang").then().statusCode(404);
        as(taalschool).get(trajecten() + "/trajecten/" + vrijwilligerswerk).then().statusCode(404);
        as(taalschool).queryParam("statushouderId", id).get(trajecten() + "/trajecten").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].soort", equalTo("INBURGERING"));

        // Monitoring sees the low attendance that the school reported.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(werkmatcher)
                .get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(200)
                .body("signalen.signaal", hasItem("INBURGERING_LAGE_AANWEZIGHEID"))
                .body("signalen.signaal", not(hasItem("KLAAR_VOOR_VOLGENDE_STAP"))));
    }

    private void awaitFase(String id, String fase) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(werkmatcher).get(monitoring() + "/statushouders/" + id + "/voortgang")
                        .then().statusCode(200).body("voortgang.fase", equalTo(fase)));
    }
}
