package nl.statushouders.platform.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.statushouders.platform.config.RebuildConfig;
import nl.statushouders.platform.consumer.Failures;
import nl.statushouders.platform.eventsourcing.ConflictException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every {@link ReadModel} of the service from history, page by page: each page of keys is
 * one short transaction that locks those keys' rows, refolds them and writes them. Live commands and
 * events keep flowing; one for a key in the page waits for that page only. Readers see each row
 * either as it was or as rebuilt, never half-written.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup // its progress gauges are on /q/metrics from the start, not after the first rebuild
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);

    /** Where a rebuild stands: events read of the total, keys rebuilt, the read model in hand. */
    public record Status(Toestand toestand, String leesmodel, long verwerkt, long totaal, long sleutels, Instant gestart,
                         Instant klaar, Long millis) {

        public enum Toestand { NOOIT, BEZIG, KLAAR, MISLUKT }

        static Status nooit() {
            return new Status(Toestand.NOOIT, null, 0, 0, 0, null, null, null);
        }
    }

    private final List<ReadModel> readModels;
    private final RebuildConfig config;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.nooit());

    public Rebuilds(Instance<ReadModel> readModels, RebuildConfig config, MeterRegistry registry) {
        this.readModels = readModels.stream().sorted(Comparator.comparing(ReadModel::name)).toList();
        this.config = config;
        Gauge.builder("platform.rebuild.events.processed", status, s -> s.get().verwerkt())
                .description("Events read by the current or last rebuild").register(registry);
        Gauge.builder("platform.rebuild.events.total", status, s -> s.get().totaal())
                .description("Events the current or last rebuild reads in all").register(registry);
        Gauge.builder("platform.rebuild.running", status, s -> s.get().toestand() == Status.Toestand.BEZIG ? 1 : 0)
                .description("1 while a rebuild runs").register(registry);
    }

    public Status status() {
        return status.get();
    }

    /** Starts a rebuild in the background; a second request while one runs is a conflict. */
    public Status start() {
        Status bezig = begin();
        Infrastructure.getDefaultWorkerPool().execute(this::run);
        return bezig;
    }

    /** Rebuilds now, on a worker thread, and returns the final status (tests, tooling). */
    public Status runNow() {
        begin();
        run();
        return status.get();
    }

    private Status begin() {
        Status huidig = status.get();
        Status bezig = new Status(Status.Toestand.BEZIG, null, 0, 0, 0, Instant.now(), null, null);
        if (huidig.toestand() == Status.Toestand.BEZIG || !status.compareAndSet(huidig, bezig)) {
            throw new ConflictException("Er loopt al een herbouw.");
        }
        return bezig;
    }

    private void run() {
        long start = System.nanoTime();
        try {
            long totaal = 0;
            for (ReadModel model : readModels) {
                totaal += await(() -> Panache.withSession(model::events));
            }
            update(null, 0, totaal, 0);
            for (ReadModel model : readModels) {
                rebuild(model);
            }
            Status s = status.get();
            status.set(new Status(Status.Toestand.KLAAR, null, s.verwerkt(), s.totaal(), s.sleutels(), s.gestart(),
                    Instant.now(), Duration.ofNanos(System.nanoTime() - start).toMillis()));
            LOG.infof("Rebuilt %d keys from %d events in %d ms", s.sleutels(), s.verwerkt(), status.get().millis());
        } catch (Throwable e) {
            LOG.errorf("Rebuild failed: %s", Failures.reason(e));
            Status s = status.get();
            status.set(new Status(Status.Toestand.MISLUKT, s.leesmodel(), s.verwerkt(), s.totaal(), s.sleutels(), s.gestart(),
                    Instant.now(), null));
        }
    }

    private void rebuild(ReadModel model) throws Throwable {
        String after = null;
        while (true) {
            String from = after;
            List<String> keys = await(() -> Panache.withSession(() -> model.keys(from, config.pageSize())));
            if (keys.isEmpty()) {
                return;
            }
            long events = page(model, keys);
            Status s = status.get();
            update(model.name(), s.verwerkt() + events, s.totaal(), s.sleutels() + keys.size());
            after = keys.get(keys.size() - 1);
        }
    }

    /** One page in one transaction; a passing failure (say a deadlock with a live command) tries the page again. */
    private long page(ReadModel model, List<String> keys) throws Throwable {
        for (int attempt = 1; ; attempt++) {
            try {
                return await(() -> Panache.withTransaction(() -> model.rebuild(keys)));
            } catch (Throwable e) {
                if (attempt >= config.pageAttempts() || !Failures.isTransient(e)) {
                    throw e;
                }
                LOG.infof("Rebuild page of %s from %s tried again: %s", model.name(), keys.get(0), Failures.reason(e));
                Thread.sleep(config.pageRetryPause().toMillis() * attempt);
            }
        }
    }

    private void update(String leesmodel, long verwerkt, long totaal, long sleutels) {
        Status s = status.get();
        status.set(new Status(Status.Toestand.BEZIG, leesmodel, verwerkt, totaal, sleutels, s.gestart(), null, null));
    }

    private static <T> T await(java.util.function.Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work::get);
    }
}
