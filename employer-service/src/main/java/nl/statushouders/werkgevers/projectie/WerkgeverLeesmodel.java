package nl.statushouders.werkgevers.projectie;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.verwijdering.Verwijderingen;
import jakarta.persistence.LockModeType;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.EventStream;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.rebuild.ReadModel;
import nl.statushouders.werkgevers.domain.event.MatchProposed;
import nl.statushouders.werkgevers.domain.event.PlaatsOffered;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import nl.statushouders.werkgevers.service.MatchRecord;
import nl.statushouders.werkgevers.service.PlaatsRecord;
import nl.statushouders.werkgevers.service.WerkgeverRecord;
import nl.statushouders.werkgevers.service.WerkgeverService;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The werkgever, plaats and matching rows, rebuilt per employer from its stream. The employer's row
 * is locked first, as every command on the stream does: a command either committed before (its
 * events are in the history read here) or waits for the page. Place and match rows of an employer
 * are only written under that lock, so the ones found here are all explained by the history.
 */
@ApplicationScoped
public class WerkgeverLeesmodel implements ReadModel {

    private final EventStore store;
    private final WerkgeverProjectie projectie;

    public WerkgeverLeesmodel(EventStore store, WerkgeverProjectie projectie) {
        this.store = store;
        this.projectie = projectie;
    }

    @Override
    public String name() {
        return "werkgevers";
    }

    @Override
    public Uni<Long> events() {
        return store.count(WerkgeverService.STREAM_TYPE);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return store.streamIds(WerkgeverService.STREAM_TYPE, after, limit);
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from WerkgeverRecord w where w.id in :ids order by w.id", WerkgeverRecord.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .chain(werkgevers -> store.loadAll(keys, WerkgeversEvents.REGISTRY)
                        .chain(history -> rijen(s, ids, history).chain(pagina -> {
                            Map<UUID, WerkgeverRecord> bestaand = werkgevers.stream()
                                    .collect(Collectors.toMap(w -> w.id, Function.identity()));
                            long events = 0;
                            for (EventStream<WerkgeversEvent> stream : history) {
                                WerkgeverRijen rijen = pagina.rijen(bestaand.get(UUID.fromString(stream.streamId())));
                                stream.events().forEach(e -> projectie.apply(rijen, e));
                                events += stream.events().size();
                            }
                            long gelezen = events;
                            // One flush: inserts in persist order, then updates, then deletes in remove order.
                            return Verwijderingen.verwijderd(s, pagina.statushouders())
                                    .invoke(pagina::zonder)
                                    .chain(() -> s.persistAll(pagina.nieuw()))
                                    .chain(() -> s.removeAll(pagina.overbodig()))
                                    .chain(s::flush)
                                    .replaceWith(gelezen);
                        }))));
    }

    /** The page's place and match rows, locked: those of these employers, and those their history names. */
    private static Uni<WerkgeverPagina> rijen(Mutiny.Session s, List<UUID> werkgevers,
                                              List<EventStream<WerkgeversEvent>> history) {
        List<UUID> plaatsIds = new ArrayList<>();
        List<UUID> matchIds = new ArrayList<>();
        for (EventStream<WerkgeversEvent> stream : history) {
            for (RecordedEvent<WerkgeversEvent> e : stream.events()) {
                if (e.event() instanceof PlaatsOffered p) {
                    plaatsIds.add(p.plaatsId());
                } else if (e.event() instanceof MatchProposed m) {
                    matchIds.add(m.matchId());
                }
            }
        }
        return locked(s, PlaatsRecord.class, werkgevers, plaatsIds)
                .chain(plaatsen -> locked(s, MatchRecord.class, werkgevers, matchIds)
                        .map(matches -> new WerkgeverPagina(plaatsen, matches)));
    }

    private static <T> Uni<List<T>> locked(Mutiny.Session s, Class<T> type, List<UUID> werkgevers, List<UUID> ids) {
        String query = "from " + type.getSimpleName() + " r where r.werkgeverId in :werkgevers"
                + (ids.isEmpty() ? "" : " or r.id in :ids") + " order by r.id";
        var select = s.createSelectionQuery(query, type).setParameter("werkgevers", werkgevers);
        if (!ids.isEmpty()) {
            select.setParameter("ids", ids);
        }
        return select.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
