package nl.statushouders.monitoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.processes.ServiceProcess;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The first slice end to end: commands go to a running intake-service (its own process and
 * database), its events travel over Kafka, and this monitoring-service shows them; one trace
 * follows a command from intake into monitoring's projection update.
 */
@QuarkusTest
class IntakeToMonitoringJourneyTest {

    static ServiceProcess intake;

    @jakarta.inject.Inject
    io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter spans;

    @BeforeAll
    static void startIntake() {
        TestPostgres pg = TestPostgres.get().freshDatabase("intake_journey");
        String oidc = ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/quarkus/";
        Map<String, String> env = new java.util.HashMap<>(nl.statushouders.testsupport.PlatformTestResource.sleutelkluisOmgeving());
        env.putAll(Map.of(
                "DB_JDBC_URL", pg.jdbcUrl("intake_journey"),
                "DB_REACTIVE_URL", pg.reactiveUrl("intake_journey"),
                "DB_USER", "intake_journey",
                "DB_PASSWORD", pg.rolWachtwoord("intake_journey"),
                "OIDC_URL", oidc,
                "QUARKUS_OIDC_TOKEN_AUDIENCE", "https://server.example.com",
                // An endpoint switches tracing on (nothing listens there: its spans are not needed,
                // only the context it passes on in its events).
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"));
        // The same key store as monitoring under test: it reads the names intake encrypts.
        env.putAll(TestKafka.get().dienstOmgeving(nl.statushouders.processes.KafkaRechten.DIENSTEN.get("intake")));
        intake = ServiceProcess.start("intake-service", env);
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

    @Test
    void one_trace_runs_from_an_intake_command_into_the_projection_update_in_monitoring() {
        String traceId = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
                .putLong(System.nanoTime()).putLong(0x5EED_0000_0000_0001L).array());
        String clientSpan = "00f067aa0ba902b7";
        String location = given().baseUri(intake.baseUrl()).auth().oauth2(Tokens.withRoles("werkmatcher"))
                .header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                .contentType(ContentType.JSON)
                .body(Map.of("bsn", "123456782", "voornaam", "Sara", "achternaam", "Haile",
                        "geboortedatum", "1995-05-05", "talen", List.of("Tigrinya"),
                        "huisvesting", Map.of("status", "AZC", "azcLocatie", "Utrecht"), "datumVerblijfsvergunning", "2026-08-01"))
                .post("/api/intake/v1/statushouders")
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitFase(id, "AANGEMELD");

        // The event carries the trace: a child of the client's span, made by intake's request span.
        var record = TestKafka.get().readAll("intake.events.v1").stream()
                .filter(r -> r.value().contains(id) && r.value().contains("statushouder-registered")).findFirst().orElseThrow();
        var cloudEvent = nl.statushouders.monitoring.Events.parse(record.value());
        assertThat(cloudEvent.traceparent()).startsWith("00-" + traceId + "-").doesNotContain(clientSpan);
        String intakeSpan = cloudEvent.traceparent().split("-")[2];

        // Monitoring applied it in a span of the same trace, whose parent is intake's span.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(spans.getFinishedSpanItems())
                .filteredOn(s -> s.getTraceId().equals(traceId) && s.getKind() == io.opentelemetry.api.trace.SpanKind.CONSUMER)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.getName()).isEqualTo("intake.events.v1 process");
                    assertThat(s.getParentSpanId()).isEqualTo(intakeSpan);
                    assertThat(s.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("messaging.message.id")))
                            .isEqualTo(cloudEvent.id().toString());
                }));
    }

    private static void awaitFase(String id, String fase) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(Tokens.withRoles("teamleider"))
                        .get("/api/monitoring/v1/statushouders/" + id + "/voortgang")
                        .then().statusCode(200).body("voortgang.fase", equalTo(fase)));
    }
}
