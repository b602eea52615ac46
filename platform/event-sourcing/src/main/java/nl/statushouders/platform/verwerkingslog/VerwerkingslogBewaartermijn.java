package nl.statushouders.platform.verwerkingslog;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Retention of the processing log: entries older than {@code platform.verwerkingslog.bewaartermijn}
 * are deleted daily. The log refuses every delete except in a transaction that sets
 * {@code verwerkingslog.bewaartermijn} to 'verstreken', which only this job does. The entries hold
 * identifiers, not names: they may outlive an erased file so that the gemeente can account for it.
 */
@ApplicationScoped
public class VerwerkingslogBewaartermijn {

    private static final Logger LOG = Logger.getLogger(VerwerkingslogBewaartermijn.class);

    private final Pool pool;
    private final Period termijn;

    public VerwerkingslogBewaartermijn(Pool pool,
                                       @ConfigProperty(name = "platform.verwerkingslog.bewaartermijn", defaultValue = "P7Y") Period termijn) {
        this.pool = pool;
        this.termijn = termijn;
    }

    @Scheduled(identity = "bewaartermijn-verwerkingslog", cron = "{platform.verwerkingslog.opschonen}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return verwijderVoor(LocalDate.now(ZoneOffset.UTC).minus(termijn)).replaceWithVoid();
    }

    /** Deletes the entries that ended before {@code grens}; returns how many. */
    public Uni<Integer> verwijderVoor(LocalDate grens) {
        return pool.withTransaction(c -> c.query("set local verwerkingslog.bewaartermijn = 'verstreken'").execute()
                        .chain(() -> c.preparedQuery("delete from verwerkingslog.verwerking where eind_tijd < $1")
                                .execute(Tuple.of(grens.atStartOfDay().atOffset(ZoneOffset.UTC)))))
                .map(rows -> rows.rowCount())
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("Verwerkingslog: %d vastlegging(en) van voor %s verwijderd (bewaartermijn %s)", n, grens, termijn);
                    }
                });
    }
}
