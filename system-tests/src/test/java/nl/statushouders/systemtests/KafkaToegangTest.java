package nl.statushouders.systemtests;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The running platform's Kafka is a closed system: a client without credentials gets nothing, and each
 * service's principal may write its own event topic and no other service's.
 */
class KafkaToegangTest {

    private static final Map<String, String> EIGEN_TOPIC = Map.of("intake", "intake.events.v1",
            "assessment", "assessment.events.v1", "trajecten", "trajecten.events.v1", "werkgevers", "werkgevers.events.v1");

    @Test
    void without_credentials_nothing_and_each_principal_writes_only_its_own_topic() throws Exception {
        Properties anoniem = new Properties();
        anoniem.put("bootstrap.servers", "localhost:9092");
        anoniem.put("request.timeout.ms", 3000);
        anoniem.put("default.api.timeout.ms", 3000);
        try (Admin admin = Admin.create(anoniem)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(5, TimeUnit.SECONDS))
                    .isInstanceOfAny(java.util.concurrent.TimeoutException.class, java.util.concurrent.ExecutionException.class);
        }

        Properties wachtwoorden = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("..", ".local", "kafka-gebruikers.properties"))) {
            wachtwoorden.load(in);
        }
        List<String> geweigerd = new ArrayList<>();
        for (String principal : List.of("intake", "assessment", "trajecten", "werkgevers", "monitoring")) {
            Properties p = Platform.kafka();
            p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + principal + "\" password=\"" + wachtwoorden.getProperty(principal) + "\";");
            p.put("key.serializer", StringSerializer.class.getName());
            p.put("value.serializer", StringSerializer.class.getName());
            p.put("max.block.ms", 10_000);
            p.put("delivery.timeout.ms", 10_000);
            p.put("request.timeout.ms", 5_000);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
                for (var topic : EIGEN_TOPIC.entrySet()) {
                    if (!topic.getKey().equals(principal)) {
                        // Never sent: the broker refuses the write before any record is stored.
                        assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic.getValue(), "acl-proef", "{}"))
                                .get(10, TimeUnit.SECONDS)).as(principal + " writing " + topic.getValue())
                                .hasCauseInstanceOf(TopicAuthorizationException.class);
                        geweigerd.add(principal + "->" + topic.getValue());
                    }
                }
            }
        }
        assertThat(geweigerd).hasSize(4 * 3 + 4);
    }
}
