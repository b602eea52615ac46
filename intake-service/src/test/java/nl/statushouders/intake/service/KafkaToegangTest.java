package nl.statushouders.intake.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.config.KafkaKlant;
import nl.statushouders.testsupport.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kafka is a closed system: no client without credentials, and intake's principal (the one this service
 * runs as) writes its own topic only and reads nothing (intake consumes no events).
 */
@QuarkusTest
class KafkaToegangTest {

    @Inject
    KafkaKlant kafka;

    @Test
    void a_client_without_credentials_or_with_a_wrong_password_is_refused() {
        Properties anoniem = new Properties();
        anoniem.put("bootstrap.servers", TestKafka.get().bootstrapServers());
        anoniem.put("request.timeout.ms", 3000);
        anoniem.put("default.api.timeout.ms", 3000);
        try (Admin admin = Admin.create(anoniem)) {
            // It never gets an answer: the broker speaks SASL only and drops the connection.
            assertThatThrownBy(() -> admin.listTopics().names().get(5, TimeUnit.SECONDS))
                    .isInstanceOfAny(java.util.concurrent.TimeoutException.class, java.util.concurrent.ExecutionException.class);
        }
        Properties fout = kafka.properties();
        fout.put("sasl.jaas.config", nl.statushouders.processes.KafkaServer.jaas("intake", "geraden"));
        fout.put("request.timeout.ms", 5000);
        fout.put("default.api.timeout.ms", 5000);
        try (Admin admin = Admin.create(fout)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void intakes_principal_writes_its_own_topic_and_no_other_and_reads_none() throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            String key = "acl-" + UUID.randomUUID();
            producer.send(new ProducerRecord<>("intake.events.v1", key, "{}")).get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("assessment.events.v1", key, "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("monitoring.dead-letter.v1", key, "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        Properties c = kafka.properties();
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            consumer.assign(List.of(new TopicPartition("intake.events.v1", 0)));
            consumer.seekToBeginning(consumer.assignment());
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(5))).isInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(TestKafka.get().readAll("intake.events.v1")).as("the administrator reads it").isNotEmpty();
    }

    private KafkaProducer<String, String> producer() {
        Properties p = kafka.properties();
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("max.block.ms", 10_000);
        p.put("delivery.timeout.ms", 10_000);
        p.put("request.timeout.ms", 5_000);
        return new KafkaProducer<>(p);
    }
}
