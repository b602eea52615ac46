package nl.statushouders.platform.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics a service produces to or consumes from when they are missing, so a
 * consumer never subscribes to a topic that appears later. Event topics keep their history
 * forever (retention.ms=-1): partners and rebuilds read them from offset zero. Dead-letter
 * topics hold whole events, personal data included, so they keep them only for a while.
 */
@ApplicationScoped
public class KafkaTopics {

    private static final Logger LOG = Logger.getLogger(KafkaTopics.class);

    private final KafkaKlant kafka;
    private final Optional<List<String>> topics;
    private final Optional<List<String>> deadLetterTopics;
    private final java.time.Duration deadLetterRetention;
    private final int partitions;
    private final short replicationFactor;
    private final int minInsyncReplicas;

    public KafkaTopics(KafkaKlant kafka,
                       @ConfigProperty(name = "platform.kafka.topics") Optional<List<String>> topics,
                       @ConfigProperty(name = "platform.kafka.dead-letter-topics") Optional<List<String>> deadLetterTopics,
                       @ConfigProperty(name = "platform.kafka.dead-letter-retention", defaultValue = "P30D")
                       java.time.Duration deadLetterRetention,
                       @ConfigProperty(name = "platform.kafka.partitions", defaultValue = "3") int partitions,
                       @ConfigProperty(name = "platform.kafka.replication-factor", defaultValue = "1") short replicationFactor,
                       // With replication 3 in production: 2, so an acknowledged event is on two brokers.
                       @ConfigProperty(name = "platform.kafka.min-insync-replicas", defaultValue = "1") int minInsyncReplicas) {
        this.kafka = kafka;
        this.topics = topics;
        this.deadLetterTopics = deadLetterTopics;
        this.deadLetterRetention = deadLetterRetention;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.minInsyncReplicas = minInsyncReplicas;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        Map<String, String> wanted = new java.util.LinkedHashMap<>();
        topics.orElse(List.of()).forEach(t -> wanted.put(t, "-1"));
        deadLetterTopics.orElse(List.of()).forEach(t -> wanted.put(t, Long.toString(deadLetterRetention.toMillis())));
        if (wanted.isEmpty()) {
            return;
        }
        Properties p = kafka.properties();
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.entrySet().stream().filter(t -> !existing.contains(t.getKey()))
                    .map(t -> new NewTopic(t.getKey(), partitions, replicationFactor).configs(Map.of("retention.ms", t.getValue(),
                            "min.insync.replicas", Integer.toString(minInsyncReplicas))))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                LOG.infof("Created topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Could not check or create topics (%s); relying on broker auto-creation",
                        e.getCause().getClass().getSimpleName());
            }
        } catch (Exception e) {
            // Kafka down at start-up: the service still starts; the outbox waits for the broker.
            LOG.warnf("Could not check or create topics (%s); relying on broker auto-creation", e.getClass().getSimpleName());
        }
    }
}
