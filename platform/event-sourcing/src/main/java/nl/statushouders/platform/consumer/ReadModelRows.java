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
     * locking rows in the same order cannot deadlock). Later {@link #find}s in the transaction come from
     * the session, and those of ids not found come back empty, without another round trip either.
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
                .invoke(found -> {
                    java.util.Set<Object> absent = IdempotentConsumer.absentRows(type);
                    if (absent != null) {
                        absent.addAll(ids);
                        found.forEach(row -> absent.remove(id(row, idAttribute)));
                    }
                })
                .replaceWithVoid();
    }

    /**
     * The row with this id, locked for the rest of the transaction, or null. In a batch, an id that
     * {@link #lockAll} did not find is answered null once without asking the database: the caller then
     * creates the row, and later finds get that new row from the session.
     */
    public static <T> Uni<T> find(Class<T> type, Object id) {
        java.util.Set<Object> absent = IdempotentConsumer.absentRows(type);
        if (absent != null && absent.remove(id)) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession().chain(s -> s.find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Object id(Object row, String idAttribute) {
        try {
            return row.getClass().getField(idAttribute).get(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(row.getClass().getSimpleName() + " has no public id field " + idAttribute, e);
        }
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
        return find(type, id).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            T created = create.get();
            return Panache.getSession().chain(s -> s.persist(created).chain(s::flush)).replaceWith(created);
        });
    }
}
