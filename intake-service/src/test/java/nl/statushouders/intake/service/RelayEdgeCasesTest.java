package nl.statushouders.intake.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.outbox.OutboxRelay;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The outbox relay where it is hard: a zombie producer, a crash before the stamp, commits out of id order. */
@QuarkusTest
class RelayEdgeCasesTest {

    private static final String TOPIC = "intake.events.v1";

    @Inject
    OutboxRelay relay;

    @Test
    void a_zombie_relay_is_fenced_and_what_it_sent_is_never_seen() {
        // A relay that lost its lease but still runs, mid-transaction, with the one transactional id per topic.
        String zombieKey = "zombie-" + UUID.randomUUID();
        KafkaProducer<String, String> zombie = new KafkaProducer<>(producer("outbox-relay-" + TOPIC));
        try {
            zombie.initTransactions();
            zombie.beginTransaction();
            zombie.send(new ProducerRecord<>(TOPIC, zombieKey, "{\"specversion\":\"1.0\"}"));
            zombie.flush();

            // The live relay's producer was fenced by the zombie's start; it starts afresh and fences the zombie.
            String id = registreer(bsn());
            TestKafka.get().awaitRecords(TOPIC, r -> id.equals(r.key()), 1);

            assertThatThrownBy(zombie::commitTransaction).isInstanceOf(KafkaException.class);
            assertThat(TestKafka.get().readAll(TOPIC).stream().filter(r -> id.equals(r.key()))).hasSize(1);
            assertThat(TestKafka.get().readAll(TOPIC).stream().filter(r -> zombieKey.equals(r.key()))).isEmpty();
            assertThat(unpublished(id)).isZero();
        } finally {
            zombie.close(Duration.ZERO);
        }
    }

    @Test
    void a_crash_between_the_kafka_commit_and_the_stamp_sends_the_batch_again_with_the_same_event_ids() {
        String id = registreer(bsn());
        ConsumerRecord<String, String> first = TestKafka.get().awaitRecords(TOPIC, r -> id.equals(r.key()), 1).get(0);
        relay.stop();
        try {
            // What a crash right after the Kafka commit leaves behind: the row never stamped.
            TestPostgres.get().execute("intake", "update outbox set published_at = null where event_id in "
                    + "(select event_id from event_store where stream_id = '" + id + "')");
        } finally {
            relay.start();
        }
        List<ConsumerRecord<String, String>> records = TestKafka.get().awaitRecords(TOPIC, r -> id.equals(r.key()), 2);
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.value()).isEqualTo(first.value()));
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(id) == 0);
    }

    @Test
    void a_later_commit_of_another_stream_is_not_held_back_and_the_earlier_one_goes_out_when_it_commits() throws Exception {
        TestPostgres pg = TestPostgres.get();
        String keyA = UUID.randomUUID().toString();
        try (Connection a = DriverManager.getConnection(pg.jdbcUrl("intake"), pg.user(), pg.password())) {
            a.setAutoCommit(false);
            try (var insert = a.prepareStatement("insert into outbox (event_id, topic, record_key, cloud_event, created_at) "
                    + "values (?, ?, ?, ?, now())")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, TOPIC);
                insert.setString(3, keyA);
                insert.setString(4, "{\"specversion\":\"1.0\",\"subject\":\"" + keyA + "\"}");
                insert.executeUpdate();
            }
            // B takes a higher outbox id and commits first.
            String idB = registreer(bsn());
            TestKafka.get().awaitRecords(TOPIC, r -> idB.equals(r.key()), 1);
            assertThat(TestKafka.get().readAll(TOPIC).stream().filter(r -> keyA.equals(r.key()))).isEmpty();

            a.commit();
            TestKafka.get().awaitRecords(TOPIC, r -> keyA.equals(r.key()), 1);
            assertThat(pg.count("intake", "select count(*) from outbox a join outbox b on a.record_key = ? "
                    + "and b.event_id in (select event_id from event_store where stream_id = ?) where a.id < b.id", keyA, idB))
                    .as("A's outbox id is lower than B's: committed out of order").isEqualTo(1);
            assertThat(TestKafka.get().readAll(TOPIC).stream().filter(r -> keyA.equals(r.key()))).hasSize(1);
        }
    }

    private static Properties producer(String transactionalId) {
        Properties p = TestKafka.get().beheerder();
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    private static long unpublished(String id) {
        return TestPostgres.get().count("intake", "select count(*) from outbox o join event_store e "
                + "on e.event_id = o.event_id where e.stream_id = ? and o.published_at is null", id);
    }
}
