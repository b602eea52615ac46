package nl.statushouders.testsupport;

import nl.statushouders.processes.KafkaRechten;
import nl.statushouders.processes.KafkaServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The real Kafka broker of a test JVM: one {@link KafkaServer} in a temporary folder, started once
 * per JVM and killed with it.
 */
public final class TestKafka {

    private static TestKafka instance;

    private final KafkaServer server;

    private TestKafka(KafkaServer server) {
        this.server = server;
    }

    public static synchronized TestKafka get() {
        if (instance == null) {
            try {
                KafkaServer server = new KafkaServer(Files.createTempDirectory("test-kafka"), freePort(), freePort(), "384m",
                        java.util.UUID.randomUUID().toString()).formatIfNeeded();
                server.start(Duration.ofSeconds(90));
                Runtime.getRuntime().addShutdownHook(new Thread(server::kill));
                instance = new TestKafka(server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String bootstrapServers() {
        return server.bootstrapServers();
    }

    /** Client properties of the administrator: what the tests themselves publish and read with. */
    public Properties beheerder() {
        return server.beheerder();
    }

    /**
     * The Kafka settings for a service under test: its own principal (the service's database name) with
     * exactly the rights it has in the platform ({@link KafkaRechten}), made on first use.
     */
    public synchronized Map<String, String> dienst(String principal) {
        KafkaRechten rechten = KafkaRechten.DIENSTEN.get(principal);
        if (rechten == null) {
            throw new IllegalArgumentException("no Kafka rights for " + principal);
        }
        return dienst(rechten);
    }

    /** As {@link #dienst(String)}, for a principal with another's rights (a second intake under test). */
    public synchronized Map<String, String> dienst(KafkaRechten rechten) {
        String wachtwoord = rechten.principal() + "-kafka-test";
        if (gemaakt.add(rechten.principal())) {
            server.principal(rechten, wachtwoord, 3);
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers(),
                "kafka.sasl.jaas.config", KafkaServer.jaas(rechten.principal(), wachtwoord));
    }

    /** The same as environment variables, for a service started as a process of its own. */
    public Map<String, String> dienstOmgeving(KafkaRechten rechten) {
        dienst(rechten);
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(), "KAFKA_USERNAME", rechten.principal(),
                "KAFKA_PASSWORD", rechten.principal() + "-kafka-test");
    }

    private final java.util.Set<String> gemaakt = new java.util.HashSet<>();

    /** Starts the broker again after {@link #kill()}, on the same port and data. */
    public void start() {
        server.start(Duration.ofSeconds(90));
    }

    /** Kills the broker abruptly, as an outage would. */
    public void kill() {
        server.kill();
    }

    /** Freezes the broker (SIGSTOP) until {@link #resume()}. */
    public void pause() {
        server.pause();
    }

    public void resume() {
        server.resume();
    }

    /** Every record on a topic from offset zero up to its current end. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties p = beheerder();
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 15_000;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                    && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** Waits (up to a minute) until the topic holds at least {@code expected} records that match, and returns them. */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic,
                                                             java.util.function.Predicate<ConsumerRecord<String, String>> matching,
                                                             int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            found.clear();
            readAll(topic).stream().filter(matching).forEach(found::add);
            return found.size() >= expected;
        });
        return found;
    }

    /** A record header as text; empty when absent. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        org.apache.kafka.common.header.Header h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
