package nl.statushouders.platform.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;

import java.util.function.Supplier;

/**
 * A read-model row to change, locked for the rest of the transaction, so that events of one person
 * arriving at once on several topics change it one after the other instead of writing back copies
 * read before each other's commit. A row that does not exist yet is created; when two transactions
 * race to create it, the loser fails on the primary key, which {@link Failures} counts as passing:
 * the retry finds the row and locks it.
 */
public final class ReadModelRows {

    private ReadModelRows() {
    }

    /**
     * Loads and locks the existing rows with these ids in one statement, in id order (two batches
     * locking rows in the same order cannot deadlock). Later finds in the transaction come from the
     * session without another round trip.
     */
    public static <T> Uni<Void> lockAll(Class<T> type, String idAttribute, java.util.Collection<?> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery("from " + type.getSimpleName() + " r where r." + idAttribute
                                + " in :ids order by r." + idAttribute, type)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList())
                .replaceWithVoid();
    }

    /** The persons (payload statushouderId) of the batch's events that pass {@code relevant}, in order; unreadable ids left out. */
    public static java.util.SortedSet<java.util.UUID> statushouders(java.util.List<CloudEvent> batch,
                                                                 java.util.function.Predicate<CloudEvent> relevant) {
        java.util.SortedSet<java.util.UUID> ids = new java.util.TreeSet<>();
        for (CloudEvent event : batch) {
            if (relevant.test(event) && event.data().hasNonNull("statushouderId")) {
                try {
                    ids.add(java.util.UUID.fromString(event.data().get("statushouderId").asText()));
                } catch (IllegalArgumentException e) {
                    // Not an id: applying that event fails on its own, where it belongs.
                }
            }
        }
        return ids;
    }

    public static <T> Uni<T> lockOrCreate(Class<T> type, Object id, Supplier<T> create) {
        return Panache.getSession().chain(s -> s.find(type, id, LockModeType.PESSIMISTIC_WRITE).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            T created = create.get();
            return s.persist(created).chain(s::flush).replaceWith(created);
        }));
    }
}
