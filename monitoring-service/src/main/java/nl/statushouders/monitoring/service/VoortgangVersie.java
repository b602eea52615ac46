package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.statushouders.monitoring.domain.Drempels;
import nl.statushouders.platform.rebuild.Rebuilds;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The stored projection's columns depend on this code and on the signal thresholds in
 * configuration: a signal stored as "from 10 weeks after registration" is wrong once the threshold
 * is 8 weeks. At start, when the rows were written by another version or other thresholds, the
 * projection is rebuilt in the background (live events keep flowing), then the version is recorded.
 */
@ApplicationScoped
public class VoortgangVersie {

    /** Raise when {@link nl.statushouders.monitoring.domain.Kenmerken} or the stored document changes. */
    static final String VORM = "voortgang-2";
    private static final Logger LOG = Logger.getLogger(VoortgangVersie.class);

    private final Rebuilds rebuilds;
    private final String gewenst;

    public VoortgangVersie(Rebuilds rebuilds, Drempels drempels) {
        this.rebuilds = rebuilds;
        this.gewenst = VORM + " " + drempels;
    }

    void onStart(@Observes StartupEvent event) {
        Infrastructure.getDefaultWorkerPool().execute(this::bijwerken);
    }

    void bijwerken() {
        try {
            List<String> opgeslagen = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery("select versie from leesmodel_versie where leesmodel = 'voortgang'",
                            String.class).getResultList())));
            if (opgeslagen.contains(gewenst)) {
                return;
            }
            Long rijen = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> VoortgangRecord.count()));
            if (rijen > 0) {
                LOG.infof("Progress projection written by %s, now %s: rebuilding %d rows", opgeslagen, gewenst, rijen);
                Rebuilds.Status status = rebuilds.runNow();
                if (status.toestand() != Rebuilds.Status.Toestand.KLAAR) {
                    LOG.warnf("Rebuild for the new version ended %s; retried at the next start", status.toestand());
                    return;
                }
            }
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s
                    .createNativeQuery("insert into leesmodel_versie (leesmodel, versie, sinds) values ('voortgang', :v, now()) "
                            + "on conflict (leesmodel) do update set versie = excluded.versie, sinds = excluded.sinds")
                    .setParameter("v", gewenst).executeUpdate())));
        } catch (Throwable e) {
            // Not fatal: the projection stays as it is and the check runs again at the next start.
            LOG.warnf("Could not bring the progress projection to version %s (%s)", gewenst, e.getClass().getSimpleName());
        }
    }
}
