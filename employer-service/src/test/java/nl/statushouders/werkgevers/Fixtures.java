package nl.statushouders.werkgevers;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Valid requests and tokens to start from; each test changes only what it is about. */
public final class Fixtures {

    public static final String ROOT = "/api/werkgevers/v1";
    public static final String WERKGEVERS = ROOT + "/werkgevers";
    public static final String PLAATSEN = ROOT + "/plaatsen";
    public static final String MATCHES = ROOT + "/matches";
    public static final String WSP = "werkgeversservicepunt";
    public static final String SIF = "social-impact-factory";

    private Fixtures() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** An account manager of the werkgeversservicepunt in Utrecht. */
    public static String wsp() {
        return Tokens.token().roles(WSP).organisatie(WSP).build();
    }

    public static String sif() {
        return Tokens.token().roles(SIF).organisatie(SIF).build();
    }

    public static String werkmatcher() {
        return Tokens.withRoles("werkmatcher");
    }

    public static String werkmatcher(String gemeente) {
        return Tokens.token().roles("werkmatcher").gemeenten(gemeente).build();
    }

    public static String accountbeheerder(String rol, String organisatie, String gemeente) {
        return Tokens.token().roles(rol).organisatie(organisatie).gemeenten(gemeente).build();
    }

    public static String kvk() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static Map<String, Object> werkgever(String kvk, String accountbeheerder) {
        Map<String, Object> body = new HashMap<>();
        body.put("naam", "Zorggroep De Linde");
        body.put("kvkNummer", kvk);
        body.put("sector", "Zorg");
        body.put("soort", "SOCIALE_ONDERNEMING");
        body.put("accountbeheerder", accountbeheerder);
        return body;
    }

    public static Map<String, Object> plaats(String soort) {
        Map<String, Object> body = new HashMap<>();
        body.put("soort", soort);
        body.put("functie", "Medewerker bediening");
        body.put("beroep", "Kok");
        body.put("urenPerWeek", 24);
        body.put("minimaalTaalniveau", "A2");
        body.put("aantal", 2);
        body.put("leerdoelen", new ArrayList<>(List.of(
                Map.of("soort", "TAAL", "omschrijving", "Gesprekken met gasten voeren"),
                Map.of("soort", "VAKKENNIS", "omschrijving", "Hygieneregels (HACCP)"))));
        return body;
    }

    /** Registers a WSP employer in Utrecht (token org werkgeversservicepunt) and returns its id. */
    public static String registreerWerkgever() {
        return registreerWerkgever(wsp(), "WERKGEVERSSERVICEPUNT");
    }

    public static String registreerWerkgever(String token, String accountbeheerder) {
        return idOf(as(token).body(werkgever(kvk(), accountbeheerder)).post(WERKGEVERS)
                .then().statusCode(201).extract().header("Location"));
    }

    public static String biedPlaatsAan(String werkgeverId, Map<String, Object> plaats) {
        return biedPlaatsAan(wsp(), werkgeverId, plaats);
    }

    public static String biedPlaatsAan(String token, String werkgeverId, Map<String, Object> plaats) {
        return idOf(as(token).body(plaats).post(WERKGEVERS + "/" + werkgeverId + "/plaatsen")
                .then().statusCode(201).extract().header("Location"));
    }

    public static String stelVoor(UUID statushouderId, String plaatsId) {
        return idOf(as(werkmatcher()).body(Map.of("statushouderId", statushouderId.toString(), "plaatsId", plaatsId,
                        "motivering", "Kookte tien jaar in een restaurant"))
                .post(MATCHES).then().statusCode(201).extract().header("Location"));
    }

    public static void accepteer(String matchId) {
        as(wsp()).body(Map.of("startdatum", LocalDate.now().plusDays(14).toString()))
                .post(MATCHES + "/" + matchId + "/acceptatie").then().statusCode(200);
    }

    /**
     * A statushouder known to this service: intake's registration and an assessment report,
     * published to real Kafka, awaited until the consumer applied both.
     */
    public static UUID statushouder(String gemeente, String spreken, String beroep, int jaren) {
        UUID id = UUID.randomUUID();
        TestEvents.publish("intake.events.v1", id.toString(), TestEvents.event("intake", "statushouder-registered")
                .statushouder(id).gemeente(gemeente)
                .data(Map.of("voornaam", "Niet", "achternaam", "Opgeslagen", "geboortedatum", "1990-04-01")).json());
        TestEvents.publish("assessment.events.v1", id.toString(), TestEvents.event("assessment", "assessment-completed")
                .statushouder(id).subject(UUID.randomUUID()).gemeente(gemeente)
                .data(assessment(spreken, beroep, jaren, LocalDate.now().minusDays(30))).json());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> TestPostgres.get().count(
                "werkgevers", "select count(*) from statushouder where id = ? and geboortedatum is not null "
                        + "and gesproken_taalniveau is not null", id) == 1);
        return id;
    }

    public static UUID statushouder(String spreken) {
        return statushouder(Tokens.UTRECHT, spreken, "Kok", 10);
    }

    public static Map<String, Object> assessment(String spreken, String beroep, int jaren, LocalDate datum) {
        Map<String, Object> data = new HashMap<>();
        data.put("assessmentId", UUID.randomUUID().toString());
        data.put("datum", datum.toString());
        data.put("opleidingsniveau", "MBO2");
        data.put("werkervaring", List.of(Map.of("beroep", beroep, "jaren", jaren, "land", "Syrie")));
        data.put("taalniveau", Map.of("lezen", "A2", "luisteren", "A2", "spreken", spreken, "schrijven", "A1"));
        data.put("competenties", List.of("samenwerken"));
        data.put("kansen", List.of());
        data.put("belemmeringen", List.of());
        data.put("advies", "Horeca");
        return data;
    }

    public static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
