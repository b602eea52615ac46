package nl.statushouders.trajecten.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.testsupport.EventSchemas;
import nl.statushouders.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.trajecten.Fixtures.TAALSCHOOL;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.beeindiging;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.inburgering;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.taalschool;
import static nl.statushouders.trajecten.Fixtures.vandaag;
import static nl.statushouders.trajecten.Fixtures.voortgang;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;

/** Trajectory events reach the real broker as CloudEvents matching their published schemas. */
@QuarkusTest
class OutboxPublicationTest {

    static final String TOPIC = "trajecten.events.v1";

    @Inject
    ObjectMapper json;

    @Test
    void a_trajectorys_life_reaches_kafka_in_order_keyed_by_statushouder_with_cloudevent_attributes() throws Exception {
        UUID statushouder = statushouder();
        String id = gepland(inburgering(statushouder, TAALSCHOOL));
        as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(200);
        Map<String, Object> melding = voortgang();
        melding.put("examen", Map.of("onderdeel", "Spreken", "datum", vandaag().toString(), "behaald", false));
        as(taalschool(TAALSCHOOL)).body(melding).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(201);
        as(werkmatcher()).body(beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = awaitRecordsFor(id, 4);
        assertThat(records).extracting(r -> read(r.value()).get("type").asText()).containsExactly(
                "nl.statushouders.trajecten.traject-planned",
                "nl.statushouders.trajecten.inburgering-started",
                "nl.statushouders.trajecten.traject-progress-reported",
                "nl.statushouders.trajecten.traject-ended");
        assertThat(records).extracting(r -> read(r.value()).get("sequence").asText()).containsExactly("1", "2", "3", "4");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(record.key()).isEqualTo(statushouder.toString());
            JsonNode ce = read(record.value());
            assertThat(ce.get("specversion").asText()).isEqualTo("1.0");
            assertThat(ce.get("id").asText()).matches("[0-9a-f-]{36}");
            assertThat(ce.get("source").asText())
                    .isEqualTo("urn:nld:oin:00000001234567890000:systeem:statushouders-trajecten");
            assertThat(ce.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(ce.get("subject").asText()).isEqualTo(id);
            assertThat(ce.get("sequencetype").asText()).isEqualTo("Integer");
            assertThat(ce.get("gemeente").asText()).isEqualTo("0344");
            assertThat(ce.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(ce.get("dataschema").asText()).isEqualTo("https://statushouders.nl/schemas/events/"
                    + ce.get("type").asText().substring("nl.statushouders.trajecten.".length()) + "/v1.json");
            assertThat(ce.get("data").get("trajectId").asText()).isEqualTo(id);
            assertThat(ce.get("data").get("statushouderId").asText()).isEqualTo(statushouder.toString());
            assertThat(ce.get("data").get("gemeente").asText()).isEqualTo("0344");
            assertThat(EventSchemas.validate(ce)).as("payload matches its published schema").isEmpty();
            ObjectNode extra = ce.deepCopy();
            ((ObjectNode) extra.get("data")).put("voornaam", "Amira");
            assertThat(EventSchemas.validate(extra)).as("the schema admits no undeclared field").isNotEmpty();
            assertThat(TestKafka.header(record, "content-type")).startsWith("application/cloudevents+json");
        }
        JsonNode progress = read(records.get(2).value()).get("data");
        assertThat(progress.get("gemeldDoor").asText()).isEqualTo(TAALSCHOOL);
        assertThat(progress.get("taalniveau").get("spreken").asText()).isEqualTo("A1");
        assertThat(progress.get("examen").get("behaald").asBoolean()).isFalse();
        JsonNode started = read(records.get(1).value()).get("data");
        assertThat(started.get("startdatum").asText()).isEqualTo(vandaag().toString());
        assertThat(started.get("aanbieder").asText()).isEqualTo("Taalschool Utrecht");
        assertThat(started.get("urenPerWeek").asInt()).isEqualTo(12);
        assertThat(started.has("soort")).as("the kind is in the type, not the payload").isFalse();
    }

    @Test
    void every_kind_publishes_its_own_started_event_matching_its_schema() {
        List<String> soorten = List.of("TAALSTAGE", "WERKERVARINGSPLEK", "PROEFPLAATSING", "VRIJWILLIGERSWERK", "WERKTRAINING",
                "OPLEIDING", "STUDIE_MET_BEHOUD_VAN_UITKERING", "PRE_BACHELOR", "INBURGERING", "BETAALD_WERK", "ONDERNEMERSCHAP");
        List<String> ids = new ArrayList<>();
        for (String soort : soorten) {
            Map<String, Object> body = new HashMap<>(plan(statushouder()));
            body.put("soort", soort);
            body.put("urenPerWeek", 8);
            String id = gepland(body);
            as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start").then().statusCode(200);
            ids.add(id);
        }
        for (int i = 0; i < soorten.size(); i++) {
            List<ConsumerRecord<String, String>> records = awaitRecordsFor(ids.get(i), 2);
            JsonNode started = read(records.get(1).value());
            String kebab = soorten.get(i).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertThat(started.get("type").asText()).isEqualTo("nl.statushouders.trajecten." + kebab + "-started");
            assertThat(EventSchemas.validate(started)).as(started.get("type").asText()).isEmpty();
            assertThat(EventSchemas.validate(read(records.get(0).value()))).isEmpty();
        }
    }

    private List<ConsumerRecord<String, String>> awaitRecordsFor(String trajectId, int expected) {
        return TestKafka.get().awaitRecords(TOPIC, r -> trajectId.equals(read(r.value()).path("subject").asText()), expected);
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


}
