package nl.statushouders.intake;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.statushouders.testsupport.Tokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Valid requests to start from; each test changes only what it is about. */
public final class Fixtures {

    public static final String STATUSHOUDERS = "/api/intake/v1/statushouders";

    private Fixtures() {
    }

    /** A random BSN that passes the elfproef. */
    public static String bsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10 && d[0] + d[1] + d[2] > 0) {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    s.append(d[i]);
                }
                return s.append(last).toString();
            }
        }
    }

    public static Map<String, Object> registratie(String bsn) {
        Map<String, Object> body = new HashMap<>();
        body.put("bsn", bsn);
        body.put("vNummer", "1234567890");
        body.put("voornaam", "Amira");
        body.put("achternaam", "Haddad");
        body.put("geboortedatum", "1994-03-12");
        body.put("talen", List.of("Arabisch", "Engels"));
        body.put("huisvesting", Map.of("status", "AZC", "azcLocatie", "AZC Utrecht Joseph Haydnlaan"));
        body.put("datumVerblijfsvergunning", "2026-09-01");
        return body;
    }

    public static Map<String, Object> werkgesprek() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("leerroute", "B1");
        plan.put("doelen", List.of("Nederlands op B1-niveau", "Werkervaring in de zorg"));
        plan.put("afspraken", new ArrayList<>(List.of(
                afspraak("Sollicitatietraining", "GEMEENTE"),
                afspraak("Begeleiding bij inburgering", "VLUCHTELINGENWERK"))));
        plan.put("trajectvoorstellen", List.of(Map.of("soort", "TAALSTAGE", "toelichting", "In de zorg")));
        plan.put("evaluatiedatum", LocalDate.now().plusMonths(3).toString());
        Map<String, Object> body = new HashMap<>();
        body.put("datum", LocalDate.now().minusDays(1).toString());
        body.put("deelnemers", new ArrayList<>(List.of(
                Map.of("rol", "WERKMATCHER", "naam", "J. de Vries"),
                Map.of("rol", "VLUCHTELINGENWERK", "naam", "S. Bakker"),
                Map.of("rol", "STATUSHOUDER"))));
        body.put("planVanAanpak", plan);
        return body;
    }

    public static Map<String, Object> afspraak(String activiteit, String verantwoordelijke) {
        Map<String, Object> a = new HashMap<>();
        a.put("activiteit", activiteit);
        a.put("verantwoordelijke", verantwoordelijke);
        a.put("deadline", LocalDate.now().plusMonths(2).toString());
        return a;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String werkmatcher() {
        return Tokens.withRoles("werkmatcher");
    }

    public static Map<String, Object> startgesprek() {
        Map<String, Object> body = new HashMap<>();
        body.put("datum", LocalDate.now().minusDays(7).toString());
        body.put("werkmatcher", "werkmatcher.utrecht");
        body.put("assessmentBesluit", "NOA");
        return body;
    }

    /** Registers a statushouder in Utrecht, holds the startgesprek, and returns its id: ready for a werkgesprek. */
    public static String klaarVoorWerkgesprek(String bsn) {
        String id = registreer(bsn);
        as(werkmatcher()).body(startgesprek()).post(STATUSHOUDERS + "/" + id + "/startgesprekken").then().statusCode(201);
        return id;
    }

    /** Registers a statushouder in Utrecht and returns its id. */
    public static String registreer(String bsn) {
        String location = as(werkmatcher()).body(registratie(bsn)).post(STATUSHOUDERS)
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
