package nl.statushouders.assessment.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.testsupport.EventSchemas;
import nl.statushouders.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.as;
import static nl.statushouders.assessment.Fixtures.bekendeStatushouder;
import static nl.statushouders.assessment.Fixtures.nodigUit;
import static nl.statushouders.assessment.Fixtures.planSessie;
import static nl.statushouders.assessment.Fixtures.resultaat;
import static nl.statushouders.assessment.Fixtures.vandaag;
import static nl.statushouders.assessment.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;

/** Every assessment event reaches the real broker as a CloudEvent matching its published schema. */
@QuarkusTest
class OutboxPublicationTest {

    static final String TOPIC = "assessment.events.v1";
    static final String PREFIX = "nl.statushouders.assessment.";

    @Inject
    ObjectMapper json;

    @Test
    void every_assessment_event_type_is_published_in_order_as_a_cloudevent_matching_its_schema() {
        UUID statushouder = bekendeStatushouder();
        String noa = nodigUit(statushouder, "NOA");
        planSessie(noa, vandaag());
        as(werkmatcher()).body(Map.of("datum", vandaag().toString())).post(ASSESSMENTS + "/" + noa + "/niet-verschenen")
                .then().statusCode(201);
        planSessie(noa, vandaag());
        as(werkmatcher()).body(resultaat()).post(ASSESSMENTS + "/" + noa + "/resultaat").then().statusCode(201);
        String alternatief = nodigUit(statushouder, "ALTERNATIEF");
        Map<String, Object> deels = resultaat();
        deels.remove("opleidingsniveau");
        deels.put("taalniveau", Map.of("spreken", "A0"));
        as(werkmatcher()).body(deels).post(ASSESSMENTS + "/" + alternatief + "/resultaat").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = awaitRecordsFor(statushouder.toString(), 7);
        List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
        assertThat(events).extracting(e -> e.get("type").asText().substring(PREFIX.length())).containsExactly(
                "assessment-invited", "assessment-scheduled", "assessment-missed", "assessment-scheduled",
                "assessment-completed", "assessment-invited", "alternatieve-intake-completed");
        assertThat(events).extracting(e -> e.get("subject").asText())
                .containsExactly(noa, noa, noa, noa, noa, alternatief, alternatief);
        assertThat(events).extracting(e -> e.get("sequence").asText()).containsExactly("1", "2", "3", "4", "5", "1", "2");
        for (ConsumerRecord<String, String> record : records) {
            JsonNode ce = read(record.value());
            assertThat(record.key()).as("record key is the statushouder").isEqualTo(statushouder.toString());
            assertThat(ce.get("specversion").asText()).isEqualTo("1.0");
            assertThat(ce.get("id").asText()).matches("[0-9a-f-]{36}");
            assertThat(ce.get("source").asText())
                    .isEqualTo("urn:nld:oin:00000001234567890000:systeem:statushouders-assessment");
            assertThat(ce.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(ce.get("sequencetype").asText()).isEqualTo("Integer");
            assertThat(ce.get("gemeente").asText()).isEqualTo("0344");
            assertThat(ce.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(ce.get("dataschema").asText()).isEqualTo("https://statushouders.nl/schemas/events/"
                    + ce.get("type").asText().substring(PREFIX.length()) + "/v1.json");
            assertThat(ce.get("data").get("statushouderId").asText()).isEqualTo(statushouder.toString());
            assertThat(ce.get("data").get("assessmentId").asText()).isEqualTo(ce.get("subject").asText());
            assertThat(ce.get("data").get("gemeente").asText()).isEqualTo("0344");
            assertThat(EventSchemas.validate(ce)).as("%s matches its published schema", ce.get("type")).isEmpty();
            ObjectNode extra = ce.deepCopy();
            ((ObjectNode) extra.get("data")).put("bsn", "111222333");
            assertThat(EventSchemas.validate(extra)).as("the schema admits no unknown (personal) fields").isNotEmpty();
            assertThat(TestKafka.header(record, "content-type")).startsWith("application/cloudevents+json");
        }
        JsonNode completed = events.get(4).get("data");
        assertThat(completed.get("taalniveau").size()).isEqualTo(4);
        assertThat(completed.get("opleidingsniveau").asText()).isEqualTo("MBO2");
        JsonNode alternatiefData = events.get(6).get("data");
        assertThat(alternatiefData.get("opleidingsniveau").asText()).isEqualTo("ONBEKEND");
        assertThat(alternatiefData.get("taalniveau").toString()).isEqualTo("{\"spreken\":\"A0\"}");
    }

    @Test
    void a_schema_refuses_what_the_contract_forbids() {
        UUID statushouder = bekendeStatushouder();
        String id = nodigUit(statushouder, "NOA");
        as(werkmatcher()).body(resultaat()).post(ASSESSMENTS + "/" + id + "/resultaat").then().statusCode(201);
        JsonNode completed = awaitRecordsFor(statushouder.toString(), 2).stream().map(r -> read(r.value()))
                .filter(e -> e.get("type").asText().endsWith(".assessment-completed")).findFirst().orElseThrow();
        assertThat(EventSchemas.validate(completed)).isEmpty();
        ObjectNode broken = completed.deepCopy();
        ((ObjectNode) broken.get("data").get("taalniveau")).remove("lezen");
        assertThat(EventSchemas.validate(broken)).as("NOA has all four skills").isNotEmpty();
        broken = completed.deepCopy();
        ((ObjectNode) broken.get("data").get("taalniveau")).put("lezen", "D1");
        assertThat(EventSchemas.validate(broken)).as("levels A0..C2").isNotEmpty();
    }

    private List<ConsumerRecord<String, String>> awaitRecordsFor(String key, int expected) {
        return TestKafka.get().awaitRecords(TOPIC, r -> key.equals(r.key()), expected);
    }

    /** A record as the platform's consumers read it: the assessment's contents are encrypted with the person's key. */
    private JsonNode read(String value) {
        if (value.contains("kapsalon") || value.contains("Kapper")) {
            throw new AssertionError("an assessment's contents travelled unencrypted: " + value);
        }
        return EventSchemas.ontsleuteld(readRaw(value));
    }

    private JsonNode readRaw(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


}
