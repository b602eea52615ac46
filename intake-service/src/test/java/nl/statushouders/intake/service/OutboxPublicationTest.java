package nl.statushouders.intake.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.outbox.OutboxRelay;
import nl.statushouders.testsupport.EventSchemas;
import nl.statushouders.testsupport.LogCapture;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.klaarVoorWerkgesprek;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkgesprek;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox against a real broker: order, CloudEvents attributes, outages, relay crashes, no BSN. */
@QuarkusTest
class OutboxPublicationTest {

    static final String TOPIC = "intake.events.v1";

    @Inject
    ObjectMapper json;

    @Inject
    OutboxRelay relay;


    @Test
    void events_reach_kafka_as_cloudevents_in_stream_order_and_without_bsn() throws Exception {
        String bsn = bsn();
        List<String> logLines;
        String id;
        try (LogCapture logs = LogCapture.start()) {
            id = klaarVoorWerkgesprek(bsn);
            as(werkmatcher()).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken").then().statusCode(201);
            List<ConsumerRecord<String, String>> records = awaitRecordsFor(List.of(id), 4);
            logLines = logs.lines();

            List<JsonNode> events = values(records);
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                    "nl.statushouders.intake.statushouder-registered",
                    "nl.statushouders.intake.startgesprek-held",
                    "nl.statushouders.intake.werkgesprek-held",
                    "nl.statushouders.intake.plan-van-aanpak-agreed");
            assertThat(events).extracting(e -> e.get("sequence").asText()).containsExactly("1", "2", "3", "4");
            for (ConsumerRecord<String, String> record : records) {
                assertThat(record.key()).isEqualTo(id);
                JsonNode ce = json.readTree(record.value());
                assertThat(ce.get("specversion").asText()).isEqualTo("1.0");
                assertThat(ce.get("id").asText()).matches("[0-9a-f-]{36}");
                assertThat(ce.get("source").asText()).startsWith("urn:nld:").endsWith(":systeem:statushouders-intake");
                assertThat(ce.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
                assertThat(ce.get("subject").asText()).isEqualTo(id);
                assertThat(ce.get("sequencetype").asText()).isEqualTo("Integer");
                assertThat(ce.get("gemeente").asText()).isEqualTo("0344");
                assertThat(ce.get("datacontenttype").asText()).isEqualTo("application/json");
                assertThat(ce.get("dataschema").asText()).contains(ce.get("type").asText().substring(24));
                assertThat(ce.get("data").get("statushouderId").asText()).isEqualTo(id);
                assertThat(EventSchemas.validate(ce)).as("payload matches its published schema").isEmpty();
                com.fasterxml.jackson.databind.node.ObjectNode leaked = ce.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) leaked.get("data")).put("bsn", bsn);
                assertThat(EventSchemas.validate(leaked)).as("the schema admits no BSN").isNotEmpty();
                assertThat(TestKafka.header(record, "content-type")).startsWith("application/cloudevents+json");
                assertThat(record.value()).doesNotContain(bsn);
                for (Header h : record.headers()) {
                    assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(bsn);
                }
            }
        }
        assertThat(logLines).noneMatch(line -> line.contains(bsn));
        // The name travels encrypted with the person's key (crypto-shredding); decrypted it is the one registered.
        JsonNode registered = json.readTree(awaitRecordsFor(List.of(id), 4).get(0).value());
        assertThat(registered.at("/data/voornaam").asText()).startsWith("vsl:1:" + id + ":");
        assertThat(registered.at("/data/geboortedatum").asText()).startsWith("vsl:1:");
        assertThat(registered.toString()).doesNotContain("Amira").doesNotContain("Haddad");
        assertThat(EventSchemas.ontsleuteld(registered).at("/data/voornaam").asText()).isEqualTo("Amira");
        assertThat(TestPostgres.get().count("intake", "select count(*) from event_store where payload like ?", "%" + bsn + "%"))
                .isZero();
    }

    @Test
    void every_intake_event_type_is_published_matching_its_schema() {
        String id = klaarVoorWerkgesprek(bsn());
        as(werkmatcher()).body(Map.of("werkmatcher", "werkmatcher.b")).put(STATUSHOUDERS + "/" + id + "/werkmatcher")
                .then().statusCode(200);
        as(werkmatcher()).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken").then().statusCode(201);
        as(werkmatcher()).body(Map.of("reden", "Nieuwe afspraken", "planVanAanpak", werkgesprek().get("planVanAanpak")))
                .put(STATUSHOUDERS + "/" + id + "/plan-van-aanpak").then().statusCode(200);
        List<JsonNode> events = values(awaitRecordsFor(List.of(id), 6));
        assertThat(events).extracting(e -> e.get("type").asText().substring("nl.statushouders.intake.".length()))
                .containsExactly("statushouder-registered", "startgesprek-held", "werkmatcher-assigned",
                        "werkgesprek-held", "plan-van-aanpak-agreed", "plan-van-aanpak-revised");
        for (JsonNode event : events) {
            assertThat(EventSchemas.validate(event)).as(event.get("type").asText()).isEmpty();
        }
    }

    @Test
    void a_broker_outage_delays_publication_but_loses_and_reorders_nothing() {
        TestKafka kafka = TestKafka.get();
        List<String> ids = new ArrayList<>();
        kafka.kill();
        try {
            for (int i = 0; i < 3; i++) {
                String id = klaarVoorWerkgesprek(bsn());
                as(werkmatcher()).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken")
                        .then().statusCode(201);
                ids.add(id);
            }
            assertThat(unpublishedFor(ids)).isEqualTo(12);
        } finally {
            kafka.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> unpublishedFor(ids) == 0);

        List<ConsumerRecord<String, String>> records = awaitRecordsFor(ids, 12);
        Map<String, List<JsonNode>> perKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> read(r.value()), Collectors.toList())));
        assertThat(perKey).containsOnlyKeys(ids);
        for (List<JsonNode> stream : perKey.values()) {
            assertThat(stream).extracting(e -> e.get("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L);
        }
        List<String> eventIds = records.stream().map(r -> read(r.value()).get("id").asText()).toList();
        assertThat(eventIds).doesNotHaveDuplicates().hasSize(12);
    }

    @Test
    void a_relay_that_died_after_the_commit_publishes_after_restart() {
        relay.stop();
        String id;
        try {
            id = registreer(bsn());
            assertThat(unpublishedFor(List.of(id))).isEqualTo(1);
        } finally {
            relay.start();
        }
        List<ConsumerRecord<String, String>> records = awaitRecordsFor(List.of(id), 1);
        assertThat(records).hasSize(1);
        assertThat(unpublishedFor(List.of(id))).isZero();
    }

    private List<ConsumerRecord<String, String>> awaitRecordsFor(Collection<String> keys, int expected) {
        return TestKafka.get().awaitRecords(TOPIC, r -> keys.contains(r.key()), expected);
    }

    private static long unpublishedFor(Collection<String> ids) {
        long total = 0;
        for (String id : ids) {
            total += TestPostgres.get().count("intake", "select count(*) from outbox o join event_store e "
                    + "on e.event_id = o.event_id where e.stream_id = ? and o.published_at is null", id);
        }
        return total;
    }

    private List<JsonNode> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> read(r.value())).toList();
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


}
