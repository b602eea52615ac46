package nl.statushouders.systemtests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static nl.statushouders.systemtests.Platform.as;
import static nl.statushouders.systemtests.Platform.assessment;
import static nl.statushouders.systemtests.Platform.bsn;
import static nl.statushouders.systemtests.Platform.client;
import static nl.statushouders.systemtests.Platform.intake;
import static nl.statushouders.systemtests.Platform.monitoring;
import static nl.statushouders.systemtests.Platform.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The intake route across the running services, with real Keycloak tokens; monitoring shows each
 * step. The route through assessment, employers and trajectories: {@link RouteNaarWerkTest}.
 */
class IntakeJourneyTest {

    /** The unique BSN index decides a duplicate; PostgreSQL's log must not quote the key (the BSN) it refused. */
    @Test
    void a_duplicate_bsn_is_refused_and_no_log_of_the_platform_holds_it() throws IOException {
        String werkmatcher = user("werkmatcher.utrecht");
        String bsn = bsn();
        Map<String, Object> body = Map.of("bsn", bsn, "voornaam", "Dawit", "achternaam", "Tesfaye",
                "geboortedatum", "1990-02-11", "talen", List.of("Tigrinya"), "huisvesting", Map.of("status", "WONING"),
                "datumVerblijfsvergunning", "2026-08-15");
        as(werkmatcher).body(body).post(intake() + "/statushouders").then().statusCode(201);
        as(werkmatcher).body(body).post(intake() + "/statushouders").then().statusCode(409)
                .body("title", containsString("BSN al aangemeld"));

        try (var files = Files.list(Path.of("..", ".local", "logs"))) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).as(log.getFileName().toString())
                        .doesNotContain(bsn);
            }
        }
    }

    @Test
    void registration_startgesprek_and_joint_werkgesprek_show_up_in_monitoring() {
        String werkmatcher = user("werkmatcher.utrecht");
        String location = as(werkmatcher).body(Map.of("bsn", bsn(), "voornaam", "Selam", "achternaam", "Kidane",
                        "geboortedatum", "1996-05-20", "talen", List.of("Tigrinya"), "huisvesting", Map.of("status", "WONING"),
                        "datumVerblijfsvergunning", "2026-08-15"))
                .post(intake() + "/statushouders").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitFase(id, "AANGEMELD");

        // No assessment (she has a Dutch diploma): the route goes straight to the werkgesprek.
        as(werkmatcher).body(Map.of("datum", LocalDate.now().toString(), "werkmatcher", "werkmatcher.utrecht",
                        "assessmentBesluit", "GEEN", "motivering", "Heeft een Nederlands mbo-diploma"))
                .post(intake() + "/statushouders/" + id + "/startgesprekken").then().statusCode(201);
        awaitFase(id, "STARTGESPREK");

        String evaluatie = LocalDate.now().plusMonths(3).toString();
        as(werkmatcher).body(Map.of("datum", LocalDate.now().toString(),
                        "deelnemers", List.of(Map.of("rol", "WERKMATCHER"), Map.of("rol", "VLUCHTELINGENWERK")),
                        "planVanAanpak", Map.of("leerroute", "B1", "doelen", List.of("Werk in de zorg"),
                                "afspraken", List.of(Map.of("activiteit", "Taalstage zoeken", "verantwoordelijke", "GEMEENTE")),
                                "evaluatiedatum", evaluatie)))
                .post(intake() + "/statushouders/" + id + "/werkgesprekken").then().statusCode(201);
        awaitFase(id, "WERKGESPREK");

        as(user("vwn.utrecht")).get(intake() + "/statushouders/" + id + "/plan-van-aanpak")
                .then().statusCode(200).body("evaluatiedatum", equalTo(evaluatie));
        as(user("teamleider.utrecht")).get(monitoring() + "/statushouders/" + id + "/voortgang")
                .then().statusCode(200).body("voortgang.planEvaluatiedatum", equalTo(evaluatie));
        // GEEN invites no one (assessment-service tests check this exactly; here across the running stack).
        as(werkmatcher).queryParam("statushouderId", id).get(assessment() + "/assessments").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void coa_hands_over_a_statushouder_with_its_client_credentials() {
        as(client("coa")).body(Map.of("bsn", bsn(), "voornaam", "Omar", "achternaam", "Saleh", "geboortedatum", "1990-01-02",
                        "talen", List.of("Arabisch"), "huisvesting", Map.of("status", "AZC", "azcLocatie", "AZC Amersfoort"),
                        "datumVerblijfsvergunning", "2026-10-01", "gemeente", "0307"))
                .post(intake() + "/statushouders").then().statusCode(201).body("gemeente", equalTo("0307"));
    }

    private static void awaitFase(String id, String fase) {
        String teamleider = user("teamleider.utrecht");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as(teamleider).get(monitoring() + "/statushouders/" + id + "/voortgang")
                        .then().statusCode(200).body("voortgang.fase", equalTo(fase)));
    }
}
