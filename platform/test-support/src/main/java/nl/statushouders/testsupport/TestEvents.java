package nl.statushouders.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Events as the services publish them (structured CloudEvents), for feeding a service under test, and
 * publishing them to the real Kafka of {@link TestKafka}.
 *
 * <pre>{@code
 * String json = TestEvents.event("intake", "statushouder-registered")
 *         .statushouder(id).gemeente("0344").data(Map.of("voornaam", "Amira")).json();
 * TestEvents.publish("intake.events.v1", id.toString(), json);
 * }</pre>
 */
public final class TestEvents {

    public static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /**
     * An event of this bounded context (intake, assessment, trajecten, werkgevers) and name
     * (statushouder-registered): source and type as that service writes them.
     */
    /** A record's value as JSON. */
    public static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Builder event(String context, String name) {
        return new Builder(context, name);
    }

    /** Publishes the values in this order to the topic, all with this key, as structured CloudEvents. */
    public static void publish(String topic, String key, String... values) {
        Properties p = TestKafka.get().beheerder();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String value : values) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
                record.headers().add("content-type",
                        "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Publishes these (key, value) records in this order to the topic in one flush, as structured CloudEvents. */
    public static void publishAll(String topic, java.util.List<java.util.Map.Entry<String, String>> records) {
        Properties p = TestKafka.get().beheerder();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (java.util.Map.Entry<String, String> r : records) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, r.getKey(), r.getValue());
                record.headers().add("content-type",
                        "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** One CloudEvent; what is not set has a default: a random id, sequence 1, the time of {@link #json()}. */
    public static final class Builder {

        private final String context;
        private final String name;
        private UUID id = UUID.randomUUID();
        private String subject;
        private UUID statushouderId;
        private String gemeente;
        private long sequence = 1;
        private Instant time;
        private boolean dataschema;
        private Map<String, Object> data = Map.of();

        private Builder(String context, String name) {
            this.context = context;
            this.name = name;
        }

        public Builder id(UUID id) {
            this.id = id;
            return this;
        }

        /** The event is about this statushouder: its id goes into data.statushouderId and, by default, the subject. */
        public Builder statushouder(UUID statushouderId) {
            this.statushouderId = statushouderId;
            return this;
        }

        /** The subject when it is not the statushouder (a match, an assessment, a trajectory). */
        public Builder subject(Object subject) {
            this.subject = subject.toString();
            return this;
        }

        /** The tenant: the gemeente extension attribute, also put into the data. */
        public Builder gemeente(String gemeente) {
            this.gemeente = gemeente;
            return this;
        }

        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /** Adds the dataschema attribute of the published event schema. */
        public Builder withDataschema() {
            this.dataschema = true;
            return this;
        }

        public Builder data(Map<String, Object> data) {
            this.data = data;
            return this;
        }

        public String json() {
            ObjectNode ce = JSON.createObjectNode();
            ce.put("specversion", "1.0");
            ce.put("id", id.toString());
            ce.put("source", "urn:nld:oin:00000001234567890000:systeem:statushouders-" + context);
            ce.put("type", "nl.statushouders." + context + "." + name);
            ce.put("time", (time == null ? Instant.now() : time).toString());
            ce.put("subject", subject != null ? subject : statushouderId.toString());
            if (dataschema) {
                ce.put("dataschema", "https://statushouders.nl/schemas/events/" + name + "/v1.json");
            }
            ce.put("datacontenttype", "application/json");
            ce.put("sequence", Long.toString(sequence));
            ce.put("sequencetype", "Integer");
            ce.put("gemeente", gemeente);
            ObjectNode payload = JSON.valueToTree(data);
            if (statushouderId != null) {
                payload.put("statushouderId", statushouderId.toString());
            }
            payload.put("gemeente", gemeente);
            ce.set("data", payload);
            return ce.toString();
        }
    }
}
