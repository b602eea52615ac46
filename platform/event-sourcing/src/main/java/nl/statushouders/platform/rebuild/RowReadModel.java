package nl.statushouders.platform.rebuild;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import nl.statushouders.platform.verwijdering.Verwijderingen;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A read model of one row per key (an entity with a UUID id), rebuilt by folding each key's history:
 * the page's existing rows are locked in id order first, then the history is read, then every row is
 * refolded in place, and missing ones are added after the corrections are flushed (so a corrected row
 * never collides with a re-added one on a unique index). Subclasses say where the history comes from
 * ({@link StreamReadModel}, {@link ReceivedReadModel}) and how to fold it. Subclasses are
 * {@code @Singleton} beans: a normal-scoped proxy would need a no-args constructor.
 *
 * @param <R> the row (entity) type
 * @param <H> one history item: a recorded event of the own store, or a received CloudEvent
 */
public abstract class RowReadModel<R, H> implements ReadModel {

    private final Class<R> rowType;
    private final Function<R, UUID> id;

    protected RowReadModel(Class<R> rowType, Function<R, UUID> id) {
        this.rowType = rowType;
        this.id = id;
    }

    /** The history of these keys, per key in order; keys without history may be absent. */
    protected abstract Uni<Map<String, List<H>>> history(List<String> keys);

    /**
     * Folds one key's history into its row: {@code existing} (locked, to be overwritten in full) or,
     * when null, a new row to return. Returning null with no existing row skips the key.
     */
    protected abstract R fold(R existing, UUID key, List<H> history);

    /**
     * The statushouder a row is about, or null when it is about nobody in particular. A row about an
     * erased statushouder is left as the erasure left it (deleted, or anonymous in monitoring): a rebuild
     * never brings it back. Rows keyed by the statushouder need not say: their key is checked first.
     */
    protected UUID statushouder(R row) {
        return null;
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        return Panache.getSession().chain(s -> Verwijderingen.verwijderd(s, ids).chain(erasedKeys -> s.createSelectionQuery(
                                "from " + rowType.getSimpleName() + " r where id(r) in :ids order by id(r)", rowType)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .chain(rows -> history(keys).chain(history -> {
                            Map<UUID, R> existing = new java.util.HashMap<>();
                            rows.forEach(r -> existing.put(id.apply(r), r));
                            long events = 0;
                            List<R> folded = new ArrayList<>();
                            List<R> added = new ArrayList<>();
                            for (Map.Entry<String, List<H>> entry : history.entrySet()) {
                                UUID key = UUID.fromString(entry.getKey());
                                if (entry.getValue().isEmpty() || erasedKeys.contains(key)) {
                                    continue;
                                }
                                events += entry.getValue().size();
                                R row = existing.get(key);
                                R result = fold(row, key, entry.getValue());
                                if (result != null) {
                                    folded.add(result);
                                }
                                if (row == null && result != null) {
                                    added.add(result);
                                }
                            }
                            long read = events;
                            List<UUID> persons = folded.stream().map(this::statushouder).filter(java.util.Objects::nonNull).toList();
                            return Verwijderingen.verwijderd(s, persons).chain(erased -> {
                                // One operation at a time: a reactive session does not run them side by side.
                                Uni<Void> removed = Uni.createFrom().voidItem();
                                for (R row : folded) {
                                    UUID persoon = statushouder(row);
                                    if (persoon != null && erased.contains(persoon) && !added.remove(row)) {
                                        removed = removed.chain(() -> s.remove(row));
                                    }
                                }
                                return removed.chain(s::flush).chain(() -> s.persistAll(added.toArray())).chain(s::flush)
                                        .replaceWith(read);
                            });
                        }))));
    }
}
