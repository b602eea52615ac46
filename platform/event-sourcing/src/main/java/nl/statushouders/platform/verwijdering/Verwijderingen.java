package nl.statushouders.platform.verwijdering;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.sleutels.Sleutelkluis;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Erasure as every consuming service applies it, before its own event handler sees anything: intake's
 * {@code statushouder-verwijderd} records the person as erased, runs the service's {@link Verwijderaar}s
 * and forgets the cached key; any later event keyed by an erased person is skipped, so a late event
 * from another topic cannot write the person back.
 */
@ApplicationScoped
public class Verwijderingen {

    public static final String TYPE = "nl.statushouders.intake.statushouder-verwijderd";
    private static final Logger LOG = Logger.getLogger(Verwijderingen.class);

    private final Instance<Verwijderaar> verwijderaars;
    private final Sleutelkluis kluis;

    public Verwijderingen(Instance<Verwijderaar> verwijderaars, Sleutelkluis kluis) {
        this.verwijderaars = verwijderaars;
        this.kluis = kluis;
    }

    public static boolean isVerwijdering(CloudEvent event) {
        return TYPE.equals(event.type());
    }

    /** Records the erasure and removes what this service holds, in one transaction; idempotent. */
    public Uni<Void> verwerk(CloudEvent event) {
        UUID id = UUID.fromString(event.data().path("statushouderId").asText(event.subject()));
        List<Verwijderaar> all = new ArrayList<>();
        verwijderaars.forEach(all::add);
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery("insert into verwijderde_statushouder (statushouder_id, gemeente) "
                                        + "values (:id, :gemeente) on conflict do nothing")
                                .setParameter("id", id)
                                .setParameter("gemeente", event.gemeente())
                                .executeUpdate())
                        .chain(() -> Multi.createFrom().iterable(all)
                                .onItem().transformToUniAndConcatenate(v -> v.verwijder(id, event.gemeente()))
                                .collect().last()))
                .invoke(() -> {
                    kluis.vergeet(id);
                    LOG.infof("Statushouder %s erased here (%d parts)", id, all.size());
                })
                .replaceWithVoid();
    }

    /** Which of these record keys are erased statushouders (keys that are no UUID never are). */
    public Uni<Set<String>> verwijderd(Collection<String> keys) {
        List<UUID> ids = new ArrayList<>();
        for (String key : keys) {
            try {
                ids.add(UUID.fromString(key));
            } catch (IllegalArgumentException | NullPointerException e) {
                // an employer's or a meeting's key
            }
        }
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "select cast(statushouder_id as text) from verwijderde_statushouder where statushouder_id in (:ids)",
                                String.class)
                        .setParameter("ids", ids)
                        .getResultList()))
                .map(HashSet::new);
    }

    /**
     * Which of these ids are erased statushouders, in the caller's session (a rebuild holds its locks in
     * it). Rebuilds use it so that they never bring an erased person back.
     */
    public static Uni<Set<UUID>> verwijderd(org.hibernate.reactive.mutiny.Mutiny.Session s, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return s.createNativeQuery("select statushouder_id from verwijderde_statushouder where statushouder_id in (:ids)", UUID.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList()
                .map(HashSet::new);
    }
}
