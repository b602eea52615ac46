package nl.statushouders.werkgevers.projectie;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.EventStream;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.rebuild.ReadModel;
import nl.statushouders.werkgevers.domain.TaalvoucherBudget;
import nl.statushouders.werkgevers.domain.event.TaalvoucherGranted;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import nl.statushouders.werkgevers.service.TaalvoucherRecord;
import nl.statushouders.werkgevers.service.TaalvoucherService;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The taalvoucher rows, rebuilt per budget stream (a gemeente's year). A grant only ever inserts its
 * own new row, so there is no row for a grant to lock; the rebuild locks the rows of its budgets
 * before it reads their history, so every row it finds was committed with its event and is in that
 * history. A grant committing after the read adds a row the page neither saw nor deletes.
 */
@ApplicationScoped
public class TaalvoucherLeesmodel implements ReadModel {

    private static final String PREFIX = "taalvoucherbudget-";

    private final EventStore store;

    public TaalvoucherLeesmodel(EventStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "taalvouchers";
    }

    @Override
    public Uni<Long> events() {
        return store.count(TaalvoucherService.STREAM_TYPE);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return store.streamIds(TaalvoucherService.STREAM_TYPE, after, limit);
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        Set<String> budgets = Set.copyOf(keys);
        // A superset (every gemeente with every year of the page) is locked; only this page's budgets are written.
        List<String> gemeenten = keys.stream().map(TaalvoucherLeesmodel::gemeente).distinct().toList();
        List<Integer> jaren = keys.stream().map(TaalvoucherLeesmodel::jaar).distinct().toList();
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from TaalvoucherRecord t where t.gemeente in :gemeenten and t.jaar in :jaren order by t.id",
                        TaalvoucherRecord.class)
                .setParameter("gemeenten", gemeenten)
                .setParameter("jaren", jaren)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .chain(rows -> store.loadAll(keys, WerkgeversEvents.REGISTRY).chain(history -> {
                    Map<UUID, TaalvoucherRecord> oud = new HashMap<>();
                    rows.forEach(r -> oud.put(r.id, r));
                    List<RecordedEvent<WerkgeversEvent>> grants = new ArrayList<>();
                    history.stream().map(EventStream::events).forEach(grants::addAll);
                    List<UUID> elders = grants.stream().map(e -> ((TaalvoucherGranted) e.event()).taalvoucherId())
                            .filter(id -> !oud.containsKey(id)).toList();
                    return lockById(s, elders).chain(verplaatst -> {
                        verplaatst.forEach(r -> oud.put(r.id, r));
                        List<TaalvoucherRecord> nieuw = new ArrayList<>();
                        for (RecordedEvent<WerkgeversEvent> e : grants) {
                            TaalvoucherRecord r = oud.remove(((TaalvoucherGranted) e.event()).taalvoucherId());
                            if (r == null) {
                                r = new TaalvoucherRecord();
                                nieuw.add(r);
                            }
                            TaalvoucherProjectie.vul(r, e);
                        }
                        Object[] overbodig = oud.values().stream()
                                .filter(r -> budgets.contains(TaalvoucherBudget.streamId(r.gemeente, r.jaar))).toArray();
                        return s.persistAll(nieuw.toArray()).chain(() -> s.removeAll(overbodig)).chain(s::flush)
                                .replaceWith((long) grants.size());
                    });
                })));
    }

    /** Rows of these grants whose gemeente or year no longer match their budget (a damaged row). */
    private static Uni<List<TaalvoucherRecord>> lockById(Mutiny.Session s, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return s.createSelectionQuery("from TaalvoucherRecord t where t.id in :ids order by t.id", TaalvoucherRecord.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** {@code taalvoucherbudget-0344-2026} is gemeente 0344, year 2026 (see {@link TaalvoucherBudget#streamId}). */
    private static String gemeente(String streamId) {
        return streamId.substring(PREFIX.length(), streamId.lastIndexOf('-'));
    }

    private static int jaar(String streamId) {
        return Integer.parseInt(streamId.substring(streamId.lastIndexOf('-') + 1));
    }
}
