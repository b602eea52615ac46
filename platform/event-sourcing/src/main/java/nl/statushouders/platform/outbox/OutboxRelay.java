package nl.statushouders.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.statushouders.platform.config.EventsConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to Kafka, in outbox order, on its own thread. Woken right after a
 * commit and polling as a fallback. Rows are stamped published only after Kafka acknowledged
 * them (acks=all, idempotent producer), and only the unbroken prefix of a batch, so a failure
 * delays publication but never skips or reorders an event. Delivery is at-least-once:
 * consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final EventsConfig.Outbox config;
    private final String bootstrapServers;
    private final String owner = "relay-" + UUID.randomUUID();
    private final Semaphore signal = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(EventsConfig config,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config.outbox();
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops publishing; whatever is committed and not yet acknowledged stays in the outbox. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        signal.release();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(1));
    }

    public boolean isRunning() {
        return running;
    }

    /** Called after a commit that wrote outbox rows. */
    public void wakeUp() {
        signal.release();
    }

    private void run() {
        Duration backoff = config.pollInterval();
        while (running) {
            try {
                signal.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                while (running && publishBatch() == config.batchSize()) {
                    // a full batch: more may be waiting
                }
                backoff = config.pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                // Kafka or the database is unavailable: the rows stay, we try again later.
                LOG.warnf("Outbox publication delayed (%s), retrying in %s", e.getClass().getSimpleName(), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    int publishBatch() throws Throwable {
        List<OutboxEntry> batch = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> acquireLease().chain(leader -> leader
                        ? Panache.getSession().chain(s -> s.createSelectionQuery(
                                        "from OutboxEntry o where o.publishedAt is null order by o.id", OutboxEntry.class)
                                .setMaxResults(config.batchSize())
                                .getResultList())
                        : Uni.createFrom().item(List.<OutboxEntry>of()))));
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        Throwable failure = null;
        try {
            for (OutboxEntry entry : batch) {
                sent.add(producer.send(toRecord(entry)));
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get();
            } catch (Exception e) {
                failure = e;
                break;
            }
            acknowledged.add(batch.get(i).id);
        }
        if (!acknowledged.isEmpty()) {
            Instant now = Instant.now();
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> Panache.getSession().chain(s -> s.createMutationQuery(
                                    "update OutboxEntry o set o.publishedAt = :now where o.id in :ids")
                            .setParameter("now", now)
                            .setParameter("ids", acknowledged)
                            .executeUpdate())));
            LOG.debugf("Published %d events", acknowledged.size());
        }
        if (failure != null) {
            throw failure;
        }
        return batch.size();
    }

    private Uni<Boolean> acquireLease() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update outbox_lease set owner = :owner, expires_at = now() + make_interval(secs => :secs) "
                                + "where name = 'outbox' and (owner = :owner or expires_at < now())")
                .setParameter("owner", owner)
                .setParameter("secs", (double) config.lease().toSeconds())
                .executeUpdate()
                .map(rows -> rows == 1));
    }

    private static ProducerRecord<String, String> toRecord(OutboxEntry entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic, entry.recordKey, entry.cloudEvent);
        record.headers().add("content-type", CloudEventFactory.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, owner);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
