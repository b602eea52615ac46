package nl.statushouders.assessment;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Valid requests to start from; each test changes only what it is about. */
public final class Fixtures {

    public static final String ASSESSMENTS = "/api/assessment/v1/assessments";

    private Fixtures() {
    }

    /** Today as the service sees it (Dutch time). */
    public static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    /**
     * A statushouder this service knows, as if intake's statushouder-registered had arrived (the
     * consumer itself is tested against real Kafka in IntakeEventsConsumerTest).
     */
    public static UUID bekendeStatushouder(String gemeente) {
        UUID id = UUID.randomUUID();
        TestPostgres.get().execute("assessment",
                "insert into statushouder (id, gemeente) values ('" + id + "', '" + gemeente + "')");
        return id;
    }

    public static UUID bekendeStatushouder() {
        return bekendeStatushouder(Tokens.UTRECHT);
    }

    public static Map<String, Object> uitnodiging(UUID statushouderId, String soort) {
        Map<String, Object> body = new HashMap<>();
        body.put("statushouderId", statushouderId.toString());
        body.put("soort", soort);
        body.put("locatie", "Werkplein Utrecht");
        return body;
    }

    public static Map<String, Object> sessie(LocalDate datum) {
        Map<String, Object> body = new HashMap<>();
        body.put("datum", datum.toString());
        body.put("locatie", "AZC Utrecht");
        body.put("begeleiding", true);
        body.put("toelichting", "Begeleide sessie met tolk");
        return body;
    }

    public static Map<String, Object> resultaat() {
        Map<String, Object> body = new HashMap<>();
        body.put("datum", vandaag().toString());
        body.put("opleidingsniveau", "MBO2");
        body.put("werkervaring", new ArrayList<>(List.of(Map.of("beroep", "Kapper", "jaren", 6, "land", "Syrië"))));
        body.put("taalniveau", new HashMap<>(Map.of("lezen", "A2", "luisteren", "A2", "spreken", "A1", "schrijven", "A1")));
        body.put("competenties", List.of("Klantgericht", "Zelfstandig"));
        body.put("kansen", List.of("Ervaring in de dienstverlening"));
        body.put("belemmeringen", List.of("Nederlands nog op A1-niveau"));
        body.put("advies", "Taalstage in een kapsalon, daarna werkervaringsplek");
        return body;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String werkmatcher() {
        return Tokens.withRoles("werkmatcher");
    }

    /** A token with these roles for Amersfoort: another tenant. */
    public static String amersfoort(String... roles) {
        return Tokens.token().roles(roles).gemeenten(Tokens.AMERSFOORT).build();
    }

    /** Invites a known statushouder of Utrecht and returns the assessment id. */
    public static String nodigUit(UUID statushouderId, String soort) {
        String location = as(werkmatcher()).body(uitnodiging(statushouderId, soort)).post(ASSESSMENTS)
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public static String nodigUit(String soort) {
        return nodigUit(bekendeStatushouder(), soort);
    }

    public static void planSessie(String id, LocalDate datum) {
        as(werkmatcher()).body(sessie(datum)).post(ASSESSMENTS + "/" + id + "/sessies").then().statusCode(201);
    }
}
