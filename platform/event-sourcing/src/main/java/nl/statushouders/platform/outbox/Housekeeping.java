package nl.statushouders.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.statushouders.platform.config.HousekeepingConfig;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prunes published outbox rows and old processed-event ids on a schedule, in small batches.
 * Every instance may run it: the deletes are idempotent.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final HousekeepingConfig config;
    private ScheduledExecutorService timer;

    public Housekeeping(HousekeepingConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "housekeeping");
                t.setDaemon(true);
                return t;
            });
            long every = config.interval().toMillis();
            timer.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void runQuietly() {
        try {
            Pruned pruned = prune();
            if (pruned.outbox() + pruned.processedEvents() > 0) {
                LOG.infof("Pruned %d published outbox rows and %d processed-event ids", pruned.outbox(), pruned.processedEvents());
            }
        } catch (Throwable e) {
            LOG.warnf("Housekeeping postponed: %s", e.getClass().getSimpleName());
        }
    }

    public record Pruned(long outbox, long processedEvents) {
    }

    /** One full round: deletes in batches until nothing older than the retention is left. */
    public Pruned prune() throws Throwable {
        long outbox = deleteAll("delete from outbox where id in (select id from outbox where published_at < now() - "
                + "make_interval(secs => :secs) limit :batch)", config.outboxRetention());
        long processed = deleteAll("delete from processed_event where (consumer, event_id) in (select consumer, event_id "
                + "from processed_event where processed_at < now() - make_interval(secs => :secs) limit :batch)",
                config.processedEventRetention());
        return new Pruned(outbox, processed);
    }

    private long deleteAll(String sql, Duration retention) throws Throwable {
        long total = 0;
        int deleted;
        do {
            deleted = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery(sql)
                            .setParameter("secs", (double) retention.toSeconds())
                            .setParameter("batch", config.batchSize())
                            .executeUpdate())));
            total += deleted;
        } while (deleted == config.batchSize());
        return total;
    }
}
