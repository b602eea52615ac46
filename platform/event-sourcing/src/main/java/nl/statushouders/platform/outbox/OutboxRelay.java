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
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes the outbox to Kafka, in outbox order, on its own thread. Woken right after a
 * commit and polling as a fallback. A batch goes out in one Kafka transaction (idempotent
 * producer, acks=all) and its rows are stamped published only after the commit, so a failure
 * delays publication but never skips or reorders an event. A crash between the Kafka commit
 * and the stamp re-sends that batch: delivery is at-least-once, and consumers deduplicate by
 * event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final EventsConfig.Outbox config;
    private final nl.statushouders.platform.config.KafkaKlant kafka;
    private final String topic;
    private final String owner;
    private final Semaphore signal = new Semaphore(0);
    private final OutboxNotifications notifications;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnpublishedMillis = new AtomicLong();

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(EventsConfig config,
                       nl.statushouders.platform.config.KafkaKlant kafka,
                       @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
                       OutboxNotifications notifications, MeterRegistry registry) {
        this.config = config.outbox();
        this.topic = config.topic();
        this.kafka = kafka;
        this.notifications = notifications;
        // Stable per instance, so a restarted instance takes its own lease back at once instead of
        // waiting for it to expire.
        this.owner = this.config.instanceId().orElseGet(() -> "relay-" + hostname() + ":" + port);
        Gauge.builder("platform.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet published").register(registry);
        Gauge.builder("platform.outbox.oldest.unpublished.seconds", oldestUnpublishedMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest unpublished outbox row").register(registry);
    }

    private static String hostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    public String owner() {
        return owner;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            // Commits on other instances wake this one too (PostgreSQL NOTIFY from the outbox trigger).
            notifications.listen(this::wakeUp);
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
        discardProducer();
        releaseLease();
    }

    /** Hands the lease back on a clean stop, so another instance (or this one, restarted) takes over at once. */
    private void releaseLease() {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery("update outbox_lease set expires_at = now() - interval '1 second' "
                                    + "where name = 'outbox' and owner = :owner")
                            .setParameter("owner", owner)
                            .executeUpdate())));
        } catch (Throwable e) {
            LOG.infof("Lease not released (%s); it expires in %s", e.getClass().getSimpleName(), config.lease());
        }
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
                measureBacklog();
                backoff = config.pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                // Kafka or the database is unavailable: the rows stay, we try again later.
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                LOG.warnf("Outbox publication delayed (%s), retrying in %s", cause.getClass().getSimpleName(), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void measureBacklog() throws Throwable {
        Object[] row = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*), coalesce(extract(epoch from now() - min(created_at)) * 1000, 0) "
                        + "from outbox where published_at is null", Object[].class).getSingleResult())));
        backlog.set(((Number) row[0]).longValue());
        oldestUnpublishedMillis.set(((Number) row[1]).longValue());
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
        send(batch);
        List<Long> ids = batch.stream().map(e -> e.id).toList();
        Instant now = Instant.now();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(s -> s.createMutationQuery(
                                "update OutboxEntry o set o.publishedAt = :now where o.id in :ids")
                        .setParameter("now", now)
                        .setParameter("ids", ids)
                        .executeUpdate())));
        LOG.debugf("Published %d events", ids.size());
        return batch.size();
    }

    /**
     * Sends a batch in one Kafka transaction: read_committed consumers see all of it or none,
     * so a failed attempt that is retried leaves no duplicates behind. On any failure the
     * producer is discarded; the next attempt starts a fresh one, which also aborts whatever
     * the old one left open.
     */
    private void send(List<OutboxEntry> batch) {
        KafkaProducer<String, String> p = producer();
        try {
            p.beginTransaction();
            for (OutboxEntry entry : batch) {
                p.send(toRecord(entry));
            }
            p.commitTransaction();
        } catch (RuntimeException e) {
            discardProducer();
            throw e;
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> fresh = new KafkaProducer<>(producerProperties());
            try {
                fresh.initTransactions();
            } catch (RuntimeException e) {
                fresh.close(Duration.ZERO);
                throw e;
            }
            producer = fresh;
        }
        return producer;
    }

    private synchronized void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
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
        Properties p = kafka.properties();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, owner);
        // Stable per topic: a second relay (a zombie after a lost lease) is fenced by Kafka.
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "outbox-relay-" + topic);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
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
