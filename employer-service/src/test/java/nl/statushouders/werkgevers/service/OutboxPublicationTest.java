package nl.statushouders.werkgevers.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.testsupport.EventSchemas;
import nl.statushouders.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.PLAATSEN;
import static nl.statushouders.werkgevers.Fixtures.ROOT;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
import static nl.statushouders.werkgevers.Fixtures.accepteer;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.idOf;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.stelVoor;
import static nl.statushouders.werkgevers.Fixtures.werkmatcher;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every event type reaches the real broker as a CloudEvent matching its published schema, keyed as agreed. */
@QuarkusTest
class OutboxPublicationTest {

    static final String TOPIC = "werkgevers.events.v1";

    @Inject
    ObjectMapper json;

    @Test
    void every_werkgevers_event_is_published_as_a_cloudevent_matching_its_schema() throws Exception {
        String werkgever = registreerWerkgever();
        UUID amira = statushouder("A1");
        UUID khalid = statushouder("A2");
        String baan = biedPlaatsAan(werkgever, plaats("BETAALDE_BAAN"));
        String accepted = stelVoor(amira, baan);
        accepteer(accepted);
        String rejected = stelVoor(khalid, baan);
        as(wsp()).body(Map.of("reden", "Geen rijbewijs")).post(MATCHES + "/" + rejected + "/afwijzing").then().statusCode(200);
        as(wsp()).body(Map.of("reden", "Vol")).post(PLAATSEN + "/" + baan + "/sluiting").then().statusCode(200);
        as(wsp()).body(Map.of("statushouderId", amira.toString(), "bedrag", 120_000, "maanden", 6))
                .post(WERKGEVERS + "/" + werkgever + "/taalvouchers").then().statusCode(201);
        String bijeenkomst = idOf(as(werkmatcher()).body(Map.of("soort", "MATCHBIJEENKOMST",
                        "datum", LocalDate.now().plusDays(7).toString(), "locatie", "Stadskantoor",
                        "omschrijving", "Werkgevers ontmoeten statushouders"))
                .post(ROOT + "/bijeenkomsten").then().statusCode(201).extract().header("Location"));

        List<JsonNode> events = new ArrayList<>();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            events.clear();
            records.clear();
            for (ConsumerRecord<String, String> r : TestKafka.get().readAll(TOPIC)) {
                // A werkmatcher's motivering is about the person: encrypted with their key on the topic.
                assertThat(r.value()).doesNotContain("Kookte tien jaar");
                JsonNode ce = EventSchemas.ontsleuteld(json.readTree(r.value()));
                JsonNode data = ce.get("data");
                if (werkgever.equals(data.path("werkgeverId").asText()) || bijeenkomst.equals(ce.get("subject").asText())) {
                    events.add(ce);
                    records.add(r);
                }
            }
            return events.size() >= 9;
        });
        assertThat(events).extracting(e -> e.get("type").asText().substring("nl.statushouders.werkgevers.".length()))
                .containsExactlyInAnyOrder("werkgever-registered", "plaats-offered", "match-proposed", "match-accepted",
                        "match-proposed", "match-rejected", "plaats-closed", "taalvoucher-granted", "bijeenkomst-scheduled");
        Set<String> personEvents = Set.of("match-proposed", "match-accepted", "match-rejected", "taalvoucher-granted");
        for (int i = 0; i < events.size(); i++) {
            JsonNode ce = events.get(i);
            ConsumerRecord<String, String> record = records.get(i);
            String name = ce.get("type").asText().substring("nl.statushouders.werkgevers.".length());
            assertThat(ce.get("specversion").asText()).isEqualTo("1.0");
            assertThat(ce.get("id").asText()).matches("[0-9a-f-]{36}");
            assertThat(ce.get("source").asText())
                    .isEqualTo("urn:nld:oin:00000001234567890000:systeem:statushouders-werkgevers");
            assertThat(ce.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(ce.get("sequencetype").asText()).isEqualTo("Integer");
            assertThat(ce.get("gemeente").asText()).isEqualTo("0344");
            assertThat(ce.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(ce.get("dataschema").asText()).endsWith("/" + name + "/v1.json");
            assertThat(ce.get("data").get("gemeente").asText()).isEqualTo("0344");
            assertThat(EventSchemas.validate(ce)).as(name + " matches its published schema").isEmpty();
            assertThat(TestKafka.header(record, "content-type")).startsWith("application/cloudevents+json");
            if (personEvents.contains(name)) {
                assertThat(record.key()).as(name + " keyed by statushouder").isEqualTo(ce.get("data").get("statushouderId").asText());
            } else {
                assertThat(record.key()).as(name + " keyed by aggregate").isEqualTo(ce.get("subject").asText());
            }
            if (!name.equals("taalvoucher-granted") && !name.equals("bijeenkomst-scheduled")) {
                assertThat(ce.get("subject").asText()).isEqualTo(werkgever);
            }
        }
        JsonNode acceptance = events.stream().filter(e -> e.get("type").asText().endsWith("match-accepted")).findFirst().orElseThrow();
        assertThat(acceptance.get("data").get("werkgeverNaam").asText()).isEqualTo("Zorggroep De Linde");
        assertThat(acceptance.get("data").get("soort").asText()).isEqualTo("BETAALDE_BAAN");
        assertThat(acceptance.get("data").get("leerdoelen")).hasSize(2);
        assertThat(acceptance.get("data").get("motivering").asText()).isEqualTo("Kookte tien jaar in een restaurant");
        JsonNode voucher = events.stream().filter(e -> e.get("type").asText().endsWith("taalvoucher-granted")).findFirst().orElseThrow();
        assertThat(voucher.get("subject").asText()).startsWith("taalvoucherbudget-0344-");
        assertThat(voucher.get("data").get("bedrag").asLong()).isEqualTo(120_000);
        assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain("Opgeslagen"));
    }


}
