package nl.statushouders.werkgevers.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.testsupport.TestEvents.event;
import static nl.statushouders.testsupport.TestEvents.publish;
import static nl.statushouders.werkgevers.Fixtures.ROOT;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Intake, assessment and trajecten events from the real broker, each applied once, newest language level kept. */
@QuarkusTest
class StatushouderConsumerTest {

    static final String GRONINGEN = "0014";

    @Test
    void redelivered_events_are_applied_once_and_no_name_is_stored() {
        UUID id = UUID.randomUUID();
        String beroep = "Farmaceut " + id.toString().substring(0, 6);
        UUID registeredId = UUID.randomUUID();
        UUID completedId = UUID.randomUUID();
        String registered = event("intake", "statushouder-registered").id(registeredId).statushouder(id).gemeente(GRONINGEN)
                .data(Map.of("voornaam", "Yasmin", "achternaam", "Uniekenaam", "geboortedatum", "1988-02-03",
                        "talen", java.util.List.of("Arabisch"))).json();
        String completed = event("assessment", "assessment-completed").id(completedId).statushouder(id)
                .subject(UUID.randomUUID()).gemeente(GRONINGEN)
                .data(assessment("A1", beroep, 6, LocalDate.now().minusDays(20))).json();
        publish("intake.events.v1", id.toString(), registered, registered);
        publish("assessment.events.v1", id.toString(), completed, completed);

        String werkmatcher = Tokens.token().roles("werkmatcher").gemeenten(GRONINGEN).build();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(werkmatcher).get(ROOT + "/beroepen")
                .then().statusCode(200).body("find { it.beroep == '" + beroep + "' }.aantal", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(registeredId, completedId) == 2);
        assertThat(TestPostgres.get().count("werkgevers", "select count(*) from statushouder where id = ? "
                + "and gemeente = ? and geboortedatum = '1988-02-03' and opleidingsniveau = 'MBO2' "
                + "and gesproken_taalniveau = 'A1'", id, GRONINGEN)).isEqualTo(1);
        assertThat(TestPostgres.get().count("werkgevers", "select count(*) from event_store where payload like ?",
                "%Uniekenaam%")).isZero();
        assertThat(TestPostgres.get().count("werkgevers", "select count(*) from statushouder where id = ? "
                + "and (taalniveau like '%Uniekenaam%' or werkervaring like '%Uniekenaam%')", id)).isZero();
    }

    @Test
    void a_newer_progress_report_raises_the_spoken_level_an_older_one_does_not() {
        UUID id = UUID.randomUUID();
        publish("assessment.events.v1", id.toString(), event("assessment", "alternatieve-intake-completed")
                .statushouder(id).subject(UUID.randomUUID()).gemeente(GRONINGEN)
                .data(assessment("A1", "Bakker", 3, LocalDate.now().minusDays(60))).json());
        await().atMost(Duration.ofSeconds(60)).until(() -> spreken(id, "A1") == 1);

        publish("trajecten.events.v1", id.toString(), progress(UUID.randomUUID(), id, LocalDate.now().minusDays(5), "B1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> spreken(id, "B1") == 1);

        UUID older = UUID.randomUUID();
        publish("trajecten.events.v1", id.toString(), progress(older, id, LocalDate.now().minusDays(30), "A2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(older) == 1);
        assertThat(spreken(id, "B1")).isEqualTo(1);
    }

    private static String progress(UUID eventId, UUID id, LocalDate datum, String spreken) {
        Map<String, Object> data = new HashMap<>();
        data.put("trajectId", UUID.randomUUID().toString());
        data.put("datum", datum.toString());
        data.put("aanwezigheidPercentage", 90);
        data.put("taalniveau", Map.of("spreken", spreken));
        data.put("toelichting", "Goede voortgang");
        data.put("gemeldDoor", "taalschool-utrecht");
        return event("trajecten", "traject-progress-reported").id(eventId).statushouder(id).subject(data.get("trajectId"))
                .gemeente(GRONINGEN).data(data).json();
    }

    private static long spreken(UUID id, String niveau) {
        return TestPostgres.get().count("werkgevers", "select count(*) from statushouder where id = ? and gesproken_taalniveau = ?",
                id, niveau);
    }

    /** How many of these events the consumer marked as applied. */
    private static long processed(UUID... eventIds) {
        String placeholders = String.join(",", java.util.Collections.nCopies(eventIds.length, "?"));
        return TestPostgres.get().count("werkgevers", "select count(*) from received_event where consumer = "
                + "'werkgevers-statushouders' and event_id in (" + placeholders + ")", (Object[]) eventIds);
    }
}
