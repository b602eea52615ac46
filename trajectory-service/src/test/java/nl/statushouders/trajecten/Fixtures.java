package nl.statushouders.trajecten;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Valid requests and known statushouders to start from; each test changes only what it is about. */
public final class Fixtures {

    public static final String TRAJECTEN = "/api/trajecten/v1/trajecten";
    public static final String TAALSCHOOL = "taalschool-utrecht";

    private Fixtures() {
    }

    /** Today as the service sees it (Dutch time). */
    public static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String werkmatcher() {
        return Tokens.withRoles("werkmatcher");
    }

    public static String werkmatcherAmersfoort() {
        return Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build();
    }

    public static String taalschool(String organisatie) {
        return Tokens.token().roles("taalschool").organisatie(organisatie).build();
    }

    public static String uaf() {
        return Tokens.token().roles("uaf").organisatie("uaf").build();
    }

    /** A statushouder registered by intake in Utrecht, 35 years old: the youth rule does not apply. */
    public static UUID statushouder() {
        return statushouder(Tokens.UTRECHT, vandaag().minusYears(35));
    }

    /** Publishes intake's statushouder-registered and waits until this service has applied it. */
    public static UUID statushouder(String gemeente, LocalDate geboortedatum) {
        UUID id = UUID.randomUUID();
        Map<String, Object> data = new HashMap<>();
        data.put("statushouderId", id.toString());
        data.put("voornaam", "Amira");
        data.put("achternaam", "Haddad");
        data.put("geboortedatum", geboortedatum.toString());
        data.put("talen", List.of("Arabisch"));
        TestEvents.publish("intake.events.v1", id.toString(),
                TestEvents.event("intake", "statushouder-registered").subject(id).gemeente(gemeente).data(data).json());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> TestPostgres.get()
                .count("trajecten", "select count(*) from statushouder where id = ? and geregistreerd", id) == 1);
        return id;
    }

    /** Publishes assessment's assessment-completed and waits until the education level is known. */
    public static void assessment(UUID statushouderId, String gemeente, String opleidingsniveau) {
        TestEvents.publish("assessment.events.v1", statushouderId.toString(), TestEvents.event("assessment",
                "assessment-completed").subject(UUID.randomUUID()).gemeente(gemeente)
                .data(Map.of("statushouderId", statushouderId.toString(), "assessmentId", UUID.randomUUID().toString(),
                        "opleidingsniveau", opleidingsniveau, "datum", vandaag().toString())).json());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> TestPostgres.get()
                .count("trajecten", "select count(*) from statushouder where id = ? and opleidingsniveau = ?", statushouderId,
                        opleidingsniveau) == 1);
    }

    public static Map<String, Object> plan(UUID statushouderId) {
        Map<String, Object> body = new HashMap<>();
        body.put("statushouderId", statushouderId.toString());
        body.put("soort", "TAALSTAGE");
        body.put("aanbieder", "Zorgcentrum De Linde");
        body.put("startdatum", vandaag().toString());
        body.put("geplandeEinddatum", vandaag().plusMonths(6).toString());
        body.put("urenPerWeek", 16);
        body.put("leerdoelen", new ArrayList<>(List.of(
                Map.of("soort", "TAAL", "omschrijving", "Gesprekken met bewoners voeren"),
                Map.of("soort", "WERKNEMERSVAARDIGHEDEN", "omschrijving", "Op tijd komen en afmelden"))));
        return body;
    }

    /** An inburgering at the Utrecht taalschool: its progress is reported by the school. */
    public static Map<String, Object> inburgering(UUID statushouderId, String organisatie) {
        Map<String, Object> body = plan(statushouderId);
        body.put("soort", "INBURGERING");
        body.put("aanbieder", "Taalschool Utrecht");
        body.put("aanbiederOrganisatie", organisatie);
        body.put("urenPerWeek", 12);
        body.put("leerdoelen", List.of(Map.of("soort", "TAAL", "omschrijving", "B1 halen")));
        return body;
    }

    public static Map<String, Object> voortgang() {
        Map<String, Object> body = new HashMap<>();
        body.put("datum", vandaag().toString());
        body.put("aanwezigheidPercentage", 85);
        body.put("taalniveau", Map.of("lezen", "A2", "luisteren", "A2", "spreken", "A1", "schrijven", "A1"));
        body.put("toelichting", "Doet goed mee in de les");
        return body;
    }

    public static Map<String, Object> beeindiging() {
        Map<String, Object> body = new HashMap<>();
        body.put("datum", vandaag().toString());
        body.put("reden", "AFGEROND");
        body.put("toelichting", "Stage afgerond");
        return body;
    }

    /** Plans a trajectory as a werkmatcher of Utrecht and returns its id. */
    public static String gepland(Map<String, Object> body) {
        String location = as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Plans and starts a trajectory and returns its id. */
    public static String gestart(Map<String, Object> body) {
        String id = gepland(body);
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(200);
        return id;
    }
}
