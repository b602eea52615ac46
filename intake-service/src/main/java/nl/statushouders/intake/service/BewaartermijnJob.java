package nl.statushouders.intake.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the retention of intake files daily. With several instances each runs it; a file one of them
 * erased is gone for the others (its row is locked, then deleted), so nothing is erased twice.
 */
@ApplicationScoped
public class BewaartermijnJob {

    private final Bewaartermijnen bewaartermijnen;

    public BewaartermijnJob(Bewaartermijnen bewaartermijnen) {
        this.bewaartermijnen = bewaartermijnen;
    }

    @Scheduled(identity = "bewaartermijn-dossiers", cron = "{intake.bewaartermijnen.schema}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return bewaartermijnen.voerUit().replaceWithVoid();
    }
}
