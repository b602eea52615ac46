package nl.statushouders.platform.verwijdering;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.UUID;

/**
 * A {@link Verwijderaar} that runs statements with the parameter {@code :id} (the statushouder id), in
 * order: what most services need is to delete their rows about the person.
 */
public abstract class RijenVerwijderaar implements Verwijderaar {

    /** The statements, each with {@code :id}; idempotent by nature (deletes, updates to a fixed value). */
    protected abstract List<String> statements();

    @Override
    public Uni<Void> verwijder(UUID statushouderId, String gemeente) {
        return Multi.createFrom().iterable(statements())
                .onItem().transformToUniAndConcatenate(sql -> Panache.getSession().chain(s -> s.createNativeQuery(sql)
                        .setParameter("id", statushouderId).executeUpdate()))
                .collect().last().replaceWithVoid();
    }
}
