package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.projectie.WerkgeverProjectie;
import nl.statushouders.werkgevers.projectie.WerkgeverRijen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The live path's rows for one command: the employer's locked row, the places and matches its
 * events change, and new rows to persist once the events are applied.
 */
final class SessieRijen implements WerkgeverRijen {

    private final WerkgeverRecord werkgever;
    private final Map<UUID, PlaatsRecord> plaatsen = new HashMap<>();
    private final Map<UUID, MatchRecord> matches = new HashMap<>();
    private final List<Object> nieuw = new ArrayList<>();

    private SessieRijen(WerkgeverRecord werkgever) {
        this.werkgever = werkgever;
    }

    /** For the registration: a new employer row, persisted by {@link #bewaar}. */
    static SessieRijen nieuweWerkgever() {
        SessieRijen rijen = new SessieRijen(new WerkgeverRecord());
        rijen.nieuw.add(rijen.werkgever);
        return rijen;
    }

    /**
     * Reads the rows these events change. The command holds the employer's lock and read none of
     * its rows before taking it, so what is read here is current: every earlier command on the
     * employer has committed, and no other can until this one does.
     */
    static Uni<SessieRijen> voor(WerkgeverRecord werkgever, List<RecordedEvent<WerkgeversEvent>> events) {
        SessieRijen rijen = new SessieRijen(werkgever);
        Set<UUID> plaatsIds = new LinkedHashSet<>();
        Set<UUID> matchIds = new LinkedHashSet<>();
        events.forEach(e -> {
            plaatsIds.addAll(WerkgeverProjectie.plaatsenVan(e.event()));
            matchIds.addAll(WerkgeverProjectie.matchesVan(e.event()));
        });
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : plaatsIds) {
            chain = chain.chain(() -> lees(PlaatsRecord.class, id).invoke(p -> rijen.plaatsen.put(id, p))).replaceWithVoid();
        }
        for (UUID id : matchIds) {
            chain = chain.chain(() -> lees(MatchRecord.class, id).invoke(m -> rijen.matches.put(id, m))).replaceWithVoid();
        }
        return chain.replaceWith(rijen);
    }

    Uni<Void> bewaar() {
        return nieuw.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.getSession().chain(s -> s.persistAll(nieuw.toArray()));
    }

    @Override
    public WerkgeverRecord werkgever() {
        return werkgever;
    }

    @Override
    public PlaatsRecord nieuwePlaats(UUID id) {
        PlaatsRecord p = new PlaatsRecord();
        plaatsen.put(id, p);
        nieuw.add(p);
        return p;
    }

    @Override
    public PlaatsRecord plaats(UUID id) {
        return bestaand(plaatsen.get(id), "place", id);
    }

    @Override
    public MatchRecord nieuweMatch(UUID id) {
        MatchRecord m = new MatchRecord();
        matches.put(id, m);
        nieuw.add(m);
        return m;
    }

    @Override
    public MatchRecord match(UUID id) {
        return bestaand(matches.get(id), "match", id);
    }

    private static <T> T bestaand(T row, String what, UUID id) {
        if (row == null) {
            throw new IllegalStateException("No " + what + " row " + id + " for an event that changes it");
        }
        return row;
    }

    private static <T> Uni<T> lees(Class<T> type, UUID id) {
        return Panache.getSession().chain(s -> s.find(type, id));
    }
}
