package nl.statushouders.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.testsupport.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Intake events as intake-service publishes them (structured CloudEvents), for feeding monitoring. */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String INTAKE_SOURCE = "urn:nld:oin:00000001234567890000:systeem:statushouders-intake";

    private Events() {
    }

    public static String cloudEvent(String name, UUID statushouderId, long sequence, Instant time, String gemeente,
                                    Map<String, Object> data) {
        return cloudEvent(UUID.randomUUID(), name, statushouderId, sequence, time, gemeente, data);
    }

    public static String cloudEvent(UUID eventId, String name, UUID statushouderId, long sequence, Instant time,
                                    String gemeente, Map<String, Object> data) {
        ObjectNode ce = JSON.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", eventId.toString());
        ce.put("source", INTAKE_SOURCE);
        ce.put("type", "nl.statushouders.intake." + name);
        ce.put("time", time.toString());
        ce.put("subject", statushouderId.toString());
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

    public static CloudEvent parse(String json) {
        return CloudEvent.parse(JSON, json);
    }

    public static void publish(String topic, String key, String... values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String value : values) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
                record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes());
                producer.send(record);
            }
            producer.flush();
        }
    }
}
