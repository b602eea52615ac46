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
