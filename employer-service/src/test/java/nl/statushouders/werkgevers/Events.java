package nl.statushouders.werkgevers;

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

/** Other services' events as they publish them (structured CloudEvents), for feeding this service. */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** context: intake, assessment or trajecten; the topic is &lt;context&gt;.events.v1. */
    public static String cloudEvent(UUID eventId, String context, String name, UUID statushouderId, String subject,
                                    String gemeente, Map<String, Object> data) {
        ObjectNode ce = JSON.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", eventId.toString());
        ce.put("source", "urn:nld:oin:00000001234567890000:systeem:statushouders-" + context);
        ce.put("type", "nl.statushouders." + context + "." + name);
        ce.put("time", Instant.now().toString());
        ce.put("subject", subject);
        ce.put("datacontenttype", "application/json");
        ce.put("sequence", "1");
        ce.put("sequencetype", "Integer");
        ce.put("gemeente", gemeente);
        ObjectNode payload = JSON.valueToTree(data);
        payload.put("statushouderId", statushouderId.toString());
        payload.put("gemeente", gemeente);
        ce.set("data", payload);
        return ce.toString();
    }

    public static void publish(String context, String key, String... values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String value : values) {
                ProducerRecord<String, String> record = new ProducerRecord<>(context + ".events.v1", key, value);
                record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes());
                producer.send(record);
            }
            producer.flush();
        }
    }
}
