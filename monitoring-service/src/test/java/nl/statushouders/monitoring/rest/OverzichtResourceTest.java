package nl.statushouders.monitoring.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.testsupport.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

/** Caseload, KPIs and the meeting agenda over projections fed through the real topics. */
@QuarkusTest
class OverzichtResourceTest {

    static final String WERKMATCHER = "werkmatcher.overzicht";
    static final UUID LAAT = UUID.randomUUID();
    static final UUID OP_TIJD = UUID.randomUUID();
    static final UUID AMERSFOORTER = UUID.randomUUID();

    @BeforeAll
    static void feed() {
        Instant elfWekenGeleden = day(vandaag().minusWeeks(11));
        publish("intake.events.v1", LAAT.toString(),
                cloudEvent("statushouder-registered", LAAT, 1, elfWekenGeleden, Tokens.UTRECHT, Map.of("voornaam", "Laat")),
                cloudEvent("werkmatcher-assigned", LAAT, 2, elfWekenGeleden, Tokens.UTRECHT, Map.of("werkmatcher", WERKMATCHER)));
        publish("intake.events.v1", OP_TIJD.toString(),
                cloudEvent("statushouder-registered", OP_TIJD, 1, day(vandaag().minusWeeks(2)), Tokens.UTRECHT, Map.of()),
                cloudEvent("werkmatcher-assigned", OP_TIJD, 2, day(vandaag().minusWeeks(2)), Tokens.UTRECHT,
                        Map.of("werkmatcher", WERKMATCHER)),
                cloudEvent("startgesprek-held", OP_TIJD, 3, day(vandaag().minusDays(3)), Tokens.UTRECHT,
                        Map.of("datum", vandaag().minusDays(3).toString(), "assessmentBesluit", "NOA")));
        publish("intake.events.v1", AMERSFOORTER.toString(),
                cloudEvent("statushouder-registered", AMERSFOORTER, 1, elfWekenGeleden, Tokens.AMERSFOORT, Map.of()),
                cloudEvent("werkmatcher-assigned", AMERSFOORTER, 2, elfWekenGeleden, Tokens.AMERSFOORT,
                        Map.of("werkmatcher", WERKMATCHER)));
    }

    /** The projections have applied what feed() published (REST is only reachable once a test runs). */
    @org.junit.jupiter.api.BeforeEach
    void applied() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(werkmatcher())
                .get("/api/monitoring/v1/caseload?werkmatcher=" + WERKMATCHER).then().statusCode(200).body("totaal", equalTo(2)));
    }

    @Test
    void caseload_puts_the_most_urgent_first_and_filters() {
        given().auth().oauth2(werkmatcher()).get("/api/monitoring/v1/caseload?werkmatcher=" + WERKMATCHER)
                .then().statusCode(200).header("API-Version", "1.0.0")
                .body("regels[0].statushouderId", equalTo(LAAT.toString()))
                .body("regels[0].signalen.signaal", hasItem("GEEN_WERKGESPREK_BINNEN_TERMIJN"))
                .body("regels[0].dagenInFase", equalTo(77))
                .body("regels.statushouderId", not(hasItem(AMERSFOORTER.toString())));
        given().auth().oauth2(Tokens.withRoles("teamleider"))
                .get("/api/monitoring/v1/caseload?werkmatcher=" + WERKMATCHER + "&fase=STARTGESPREK")
                .then().statusCode(200).body("totaal", equalTo(1)).body("regels[0].statushouderId", equalTo(OP_TIJD.toString()));
        given().auth().oauth2(werkmatcher())
                .get("/api/monitoring/v1/caseload?werkmatcher=" + WERKMATCHER + "&signaal=GEEN_WERKGESPREK_BINNEN_TERMIJN")
                .then().statusCode(200).body("totaal", equalTo(1));
        given().auth().oauth2(werkmatcher()).get("/api/monitoring/v1/caseload?werkmatcher=" + WERKMATCHER + "&paginaGrootte=1&pagina=2")
                .then().statusCode(200).body("totaal", equalTo(2)).body("regels", hasSize(1))
                .body("regels[0].statushouderId", equalTo(OP_TIJD.toString()));
    }

    @Test
    void caseload_rejects_bad_parameters_with_400() {
        for (String query : new String[]{"fase=KLAAR", "signaal=ONBEKEND", "pagina=0", "paginaGrootte=101", "pagina=een"}) {
            given().auth().oauth2(werkmatcher()).get("/api/monitoring/v1/caseload?" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", hasItem(query.substring(0, query.indexOf('='))));
        }
    }

    @Test
    void caseload_roles() {
        given().get("/api/monitoring/v1/caseload").then().statusCode(401);
        for (String role : new String[]{"beleidsmedewerker", "vluchtelingenwerk", "coa", "taalschool"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get("/api/monitoring/v1/caseload").then().statusCode(403);
        }
    }

    @Test
    void kpis_are_aggregates_for_policy_staff_of_their_own_gemeente() {
        String cohort = nl.statushouders.monitoring.domain.Kpis.cohortVan(vandaag().minusWeeks(11));
        given().auth().oauth2(Tokens.withRoles("beleidsmedewerker")).get("/api/monitoring/v1/kpis?cohort=" + cohort)
                .then().statusCode(200)
                .body("gemeente", everyItem(equalTo(Tokens.UTRECHT)))
                .body("aantal", everyItem(greaterThanOrEqualTo(1)))
                .body("cohort", everyItem(equalTo(cohort)));
        given().auth().oauth2(Tokens.withRoles("teamleider")).get("/api/monitoring/v1/kpis").then().statusCode(200);
        given().auth().oauth2(Tokens.withRoles("beleidsmedewerker")).get("/api/monitoring/v1/kpis?cohort=2026-Q5")
                .then().statusCode(400).body("invalidParams.name", hasItem("cohort"));
        given().get("/api/monitoring/v1/kpis").then().statusCode(401);
        for (String role : new String[]{"werkmatcher", "vluchtelingenwerk", "coa"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get("/api/monitoring/v1/kpis").then().statusCode(403);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_meeting_agenda_lists_open_signals_and_changes_since_a_date() {
        String sinds = vandaag().minusWeeks(3).toString();
        List<Map<String, Object>> agenda = agenda(sinds);
        assertThat(agenda).extracting(p -> p.get("statushouderId")).contains(LAAT.toString(), OP_TIJD.toString())
                .doesNotContain(AMERSFOORTER.toString());
        Map<String, Object> opTijd = agenda.stream().filter(p -> OP_TIJD.toString().equals(p.get("statushouderId"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) opTijd.get("wijzigingen")).extracting(w -> w.get("type")).contains("startgesprek-held");
        assertThat((List<?>) opTijd.get("signalen")).isEmpty();
        // Most signals first: nobody after a person without signals has any.
        List<Integer> signalen = agenda.stream().map(p -> ((List<?>) p.get("signalen")).size()).toList();
        assertThat(signalen).isSortedAccordingTo((a, b) -> b - a);

        assertThat(agenda(vandaag().plusDays(1).toString())).extracting(p -> p.get("statushouderId"))
                .doesNotContain(OP_TIJD.toString()).contains(LAAT.toString());
        given().auth().oauth2(werkmatcher()).get("/api/monitoring/v1/overleg").then().statusCode(400)
                .body("invalidParams.name", hasItem("sinds"));
        given().auth().oauth2(werkmatcher()).get("/api/monitoring/v1/overleg?sinds=gisteren").then().statusCode(400);
        given().auth().oauth2(werkmatcher()).get("/api/monitoring/v1/overleg?sinds=" + sinds + "&paginaGrootte=501").then()
                .statusCode(400).body("invalidParams.name", hasItem("paginaGrootte"));
        given().get("/api/monitoring/v1/overleg?sinds=" + sinds).then().statusCode(401);
        for (String role : new String[]{"teamleider", "beleidsmedewerker", "coa"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get("/api/monitoring/v1/overleg?sinds=" + sinds).then().statusCode(403);
        }
    }

    /** Every page of the agenda, following the Link header, checking the total in X-Total-Count. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> agenda(String sinds) {
        List<Map<String, Object>> punten = new java.util.ArrayList<>();
        String volgende = "/api/monitoring/v1/overleg?sinds=" + sinds + "&paginaGrootte=25";
        long totaal = -1;
        while (volgende != null) {
            io.restassured.response.Response page = given().auth().oauth2(Tokens.withRoles("vluchtelingenwerk")).get(volgende)
                    .then().statusCode(200).extract().response();
            totaal = Long.parseLong(page.header("X-Total-Count"));
            punten.addAll(page.jsonPath().getList(""));
            String link = page.header("Link");
            volgende = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        assertThat(punten).hasSize((int) totaal);
        return punten;
    }

    @Test
    void voortgang_shows_days_in_phase_and_signals() {
        given().auth().oauth2(werkmatcher()).get("/api/monitoring/v1/statushouders/" + LAAT + "/voortgang")
                .then().statusCode(200)
                .body("dagenInFase", equalTo(77))
                .body("signalen[0].signaal", equalTo("GEEN_WERKGESPREK_BINNEN_TERMIJN"))
                .body("signalen[0].sinds", equalTo(vandaag().minusWeeks(1).toString()))
                .body("signalen[0].uitleg", org.hamcrest.Matchers.containsString("10 weken"))
                .body("signalen", hasSize(lessThanOrEqualTo(1)));
    }

    /** Today as the service sees it (Dutch time), so the test holds around midnight UTC too. */
    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private static String werkmatcher() {
        return Tokens.withRoles("werkmatcher");
    }

    private static Instant day(LocalDate date) {
        return date.atTime(9, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }
}
