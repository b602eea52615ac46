package nl.statushouders.platform.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the consumers are doing now, for health and metrics: the records in hand, the ones waiting
 * out a passing failure, and attempts that have not finished. A busy consumer finishes attempt after
 * attempt; a stuck one has an attempt that never ends.
 */
@ApplicationScoped
public class ConsumerActivity {

    private final Map<Object, InFlight> inFlight = new ConcurrentHashMap<>();
    private final MeterRegistry registry;
    private final AtomicLong parkedTotal = new AtomicLong();
    private final java.util.Set<String> lagGauges = ConcurrentHashMap.newKeySet();

    public ConsumerActivity(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("platform.consumer.retrying", this, a -> a.retrying().size())
                .description("Events being retried after a passing failure").register(registry);
        Gauge.builder("platform.consumer.oldest.retry.seconds", this,
                        a -> a.oldestRetry().map(d -> d.toMillis() / 1000.0).orElse(0.0))
                .description("How long the longest-waiting event has been retried").register(registry);
    }

    public static final class InFlight {
        final String topic;
        final Instant since = Instant.now();
        Instant published = since;
        volatile Instant attemptStarted;
        volatile int retries;
        volatile String lastReason;
        volatile boolean lastAttemptHung;

        InFlight(String topic) {
            this.topic = topic;
        }
    }

    InFlight start(String topic, Object id) {
        return start(topic, id, -1);
    }

    /** {@code publishedAt}: the record's Kafka timestamp (epoch millis), or negative when unknown. */
    InFlight start(String topic, Object id, long publishedAt) {
        InFlight f = new InFlight(topic);
        if (publishedAt > 0) {
            f.published = Instant.ofEpochMilli(publishedAt);
        }
        if (lagGauges.add(topic)) {
            Gauge.builder("platform.consumer.lag.seconds", this, a -> a.lag(topic))
                    .description("How long ago the oldest record in hand on this channel was published: 0 when caught up")
                    .tag("topic", topic)
                    .register(registry);
        }
        inFlight.put(id, f);
        return f;
    }

    /** Consumer lag of a channel in time: the age of the oldest record being handled now. */
    double lag(String topic) {
        Instant now = Instant.now();
        return inFlight.values().stream().filter(f -> f.topic.equals(topic))
                .mapToDouble(f -> Math.max(0, Duration.between(f.published, now).toMillis()) / 1000.0).max().orElse(0);
    }

    void end(Object id) {
        inFlight.remove(id);
    }

    void retried(InFlight f, String reason, boolean hung) {
        f.lastAttemptHung = hung;
        f.retries++;
        f.lastReason = reason;
        counter("platform.consumer.retries", f.topic).increment();
    }

    void outcome(String topic, String outcome) {
        if (outcome.equals("parked") || outcome.equals("parked-behind")) {
            parkedTotal.incrementAndGet();
        }
        registry.counter("platform.consumer.events", "topic", topic, "outcome", outcome).increment();
    }

    /** A batch of records: applied {@code together} in one transaction, or {@code split} into one per record. */
    void batch(String topic, String outcome) {
        registry.counter("platform.consumer.batches", "topic", topic, "outcome", outcome).increment();
    }

    private Counter counter(String name, String topic) {
        return registry.counter(name, "topic", topic);
    }

    public java.util.List<InFlight> retrying() {
        return inFlight.values().stream().filter(f -> f.retries > 0).toList();
    }

    public Optional<Duration> oldestRetry() {
        Instant now = Instant.now();
        return retrying().stream().map(f -> Duration.between(f.since, now)).max(Duration::compareTo);
    }

    /**
     * Stuck: an attempt unfinished for longer than {@code after}, or an event whose attempts have
     * kept hanging (timing out) for that long. Waiting out a failing database is not stuck.
     */
    public boolean stuck(Duration after) {
        Instant limit = Instant.now().minus(after);
        return inFlight.values().stream().anyMatch(f -> (f.attemptStarted != null && f.attemptStarted.isBefore(limit))
                || (f.lastAttemptHung && f.since.isBefore(limit)));
    }

    /** The longest-running single attempt still unfinished. */
    public Optional<Duration> longestAttempt() {
        Instant now = Instant.now();
        return inFlight.values().stream().map(f -> f.attemptStarted).filter(java.util.Objects::nonNull)
                .map(t -> Duration.between(t, now)).max(Duration::compareTo);
    }

    public Optional<String> lastRetryReason() {
        return retrying().stream().map(f -> f.lastReason).filter(java.util.Objects::nonNull).findFirst();
    }

    public long parkedSinceStart() {
        return parkedTotal.get();
    }
}
