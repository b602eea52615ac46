package nl.statushouders.trajecten;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.statushouders.testsupport.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Other services' events as they publish them (structured CloudEvents), for feeding this service. */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** {@code type}: context and name, e.g. "intake.statushouder-registered". */
    public static String cloudEvent(UUID eventId, String type, UUID subject, String gemeente, Map<String, Object> data) {
        String context = type.substring(0, type.indexOf('.'));
        ObjectNode ce = JSON.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", eventId.toString());
        ce.put("source", "urn:nld:oin:00000001234567890000:systeem:statushouders-" + context);
        ce.put("type", "nl.statushouders." + type);
        ce.put("time", Instant.now().toString());
        ce.put("subject", subject.toString());
        ce.put("datacontenttype", "application/json");
        ce.put("sequence", "1");
        ce.put("sequencetype", "Integer");
        ce.put("gemeente", gemeente);
        ObjectNode payload = JSON.valueToTree(data);
        payload.put("gemeente", gemeente);
        ce.set("data", payload);
        return ce.toString();
    }

    public static void publish(String topic, String key, String... values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String value : values) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
                record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }
}
