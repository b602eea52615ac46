package nl.statushouders.assessment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.statushouders.testsupport.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Intake events as intake-service publishes them (structured CloudEvents), for feeding this service. */
final class Events {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String INTAKE_TOPIC = "intake.events.v1";
    static final String INTAKE_SOURCE = "urn:nld:oin:00000001234567890000:systeem:statushouders-intake";

    private Events() {
    }

    static String cloudEvent(UUID eventId, String name, UUID statushouderId, long sequence, String gemeente,
                             Map<String, Object> data) {
        ObjectNode ce = JSON.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", eventId.toString());
        ce.put("source", INTAKE_SOURCE);
        ce.put("type", "nl.statushouders.intake." + name);
        ce.put("time", Instant.now().toString());
        ce.put("subject", statushouderId.toString());
        ce.put("dataschema", "https://statushouders.nl/schemas/events/" + name + "/v1.json");
        ce.put("datacontenttype", "application/json");
        ce.put("sequence", Long.toString(sequence));
        ce.put("sequencetype", "Integer");
        ce.put("gemeente", gemeente);
        ObjectNode payload = JSON.valueToTree(data);
        payload.put("statushouderId", statushouderId.toString());
        payload.put("gemeente", gemeente);
        ce.set("data", payload);
        return ce.toString();
    }

    static void publish(String key, String... values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String value : values) {
                ProducerRecord<String, String> record = new ProducerRecord<>(INTAKE_TOPIC, key, value);
                record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes());
                producer.send(record);
            }
            producer.flush();
        }
    }
}
