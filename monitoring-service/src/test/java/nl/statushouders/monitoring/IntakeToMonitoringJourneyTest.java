package nl.statushouders.monitoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.testsupport.ServiceProcess;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The first slice end to end: commands go to a running intake-service (its own process and
 * database), its events travel over Kafka, and this monitoring-service shows them.
 */
@QuarkusTest
class IntakeToMonitoringJourneyTest {

    static ServiceProcess intake;

    @BeforeAll
    static void startIntake() {
        TestPostgres pg = TestPostgres.get().freshDatabase("intake_journey");
        String oidc = ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/quarkus/";
        intake = ServiceProcess.start("intake-service", Map.of(
                "DB_JDBC_URL", pg.jdbcUrl("intake_journey"),
                "DB_REACTIVE_URL", pg.reactiveUrl("intake_journey"),
                "DB_USER", pg.user(),
                "DB_PASSWORD", pg.password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestKafka.get().bootstrapServers(),
                "OIDC_URL", oidc,
                "QUARKUS_OIDC_TOKEN_AUDIENCE", "https://server.example.com"));
    }

    @AfterAll
    static void stopIntake() {
        if (intake != null) {
            intake.close();
        }
    }

    @Test
    void a_registration_and_werkgesprek_in_intake_show_up_in_monitoring() {
        String werkmatcher = Tokens.withRoles("werkmatcher");
        String location = given().baseUri(intake.baseUrl()).auth().oauth2(werkmatcher).contentType(ContentType.JSON)
                .body(Map.of("bsn", "111222333", "voornaam", "Dawit", "achternaam", "Gebre",
                        "geboortedatum", "1998-02-14", "talen", List.of("Tigrinya"),
                        "huisvesting", Map.of("status", "WONING"), "datumVerblijfsvergunning", "2026-07-01"))
                .post("/api/intake/v1/statushouders")
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        awaitFase(id, "AANGEMELD");

        given().baseUri(intake.baseUrl()).auth().oauth2(werkmatcher).contentType(ContentType.JSON)
                .body(Map.of("datum", LocalDate.now().toString(), "werkmatcher", "werkmatcher.utrecht",
                        "assessmentBesluit", "GEEN", "motivering", "Heeft al een baanaanbod"))
                .post("/api/intake/v1/statushouders/" + id + "/startgesprekken")
                .then().statusCode(201);
        awaitFase(id, "STARTGESPREK");

        String evaluatie = LocalDate.now().plusMonths(3).toString();
        given().baseUri(intake.baseUrl()).auth().oauth2(werkmatcher).contentType(ContentType.JSON)
                .body(Map.of("datum", LocalDate.now().toString(),
                        "deelnemers", List.of(Map.of("rol", "WERKMATCHER"), Map.of("rol", "VLUCHTELINGENWERK")),
                        "planVanAanpak", Map.of("leerroute", "B1", "doelen", List.of("Werk in de techniek"),
                                "afspraken", List.of(Map.of("activiteit", "Sollicitatietraining", "verantwoordelijke", "GEMEENTE")),
                                "evaluatiedatum", evaluatie)))
                .post("/api/intake/v1/statushouders/" + id + "/werkgesprekken")
                .then().statusCode(201);

        awaitFase(id, "WERKGESPREK");
        given().auth().oauth2(Tokens.withRoles("vluchtelingenwerk"))
                .get("/api/monitoring/v1/statushouders/" + id + "/voortgang")
                .then().statusCode(200)
                .body("voortgang.planEvaluatiedatum", equalTo(evaluatie))
                .body("voortgang.mijlpalen.WERKGESPREK", equalTo(LocalDate.now().toString()))
                .body("voortgang.mijlpalen.STARTGESPREK", equalTo(LocalDate.now().toString()))
                .body("voortgang.tijdlijn.type", equalTo(List.of("statushouder-registered", "startgesprek-held", "werkgesprek-held",
                        "plan-van-aanpak-agreed")));
    }

    private static void awaitFase(String id, String fase) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(Tokens.withRoles("teamleider"))
                        .get("/api/monitoring/v1/statushouders/" + id + "/voortgang")
                        .then().statusCode(200).body("voortgang.fase", equalTo(fase)));
    }
}
