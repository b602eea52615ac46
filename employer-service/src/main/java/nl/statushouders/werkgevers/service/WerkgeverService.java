package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import nl.statushouders.platform.eventsourcing.CommandHandler;
import nl.statushouders.platform.eventsourcing.Constraints;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.Werkgever;
import nl.statushouders.werkgevers.domain.WerkgeverCommand;
import nl.statushouders.werkgevers.domain.WerkgeverDecider;
import nl.statushouders.werkgevers.domain.event.MatchAccepted;
import nl.statushouders.werkgevers.domain.event.MatchProposed;
import nl.statushouders.werkgevers.domain.event.MatchRejected;
import nl.statushouders.werkgevers.domain.event.PlaatsClosed;
import nl.statushouders.werkgevers.domain.event.PlaatsOffered;
import nl.statushouders.werkgevers.domain.event.WerkgeverRegistered;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import nl.statushouders.werkgevers.domain.policy.StatushouderInGemeente;
import nl.statushouders.werkgevers.mapping.Json;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Runs the commands on an employer's stream (employer, places, matches). One transaction holds
 * the events, their outbox rows and the read models; access is checked on the read model first.
 */
@ApplicationScoped
public class WerkgeverService {

    static final String STREAM_TYPE = "werkgever";
    static final String KVK_CONSTRAINT = "werkgever_gemeente_kvk";

    private final EventStore store;
    private final Json json;
    private final CommandHandler<WerkgeverCommand, Werkgever, WerkgeversEvent> handler;

    public WerkgeverService(EventStore store, Json json) {
        this.store = store;
        this.json = json;
        this.handler = new CommandHandler<>(store, new WerkgeverDecider(), WerkgeversEvents.REGISTRY, STREAM_TYPE,
                Werkgever::laatsteSleutel);
    }

    public Uni<Werkgever> toestand(UUID werkgeverId) {
        return handler.load(werkgeverId.toString());
    }

    public Uni<WerkgeverRecord> registreer(WerkgeverCommand.RegistreerWerkgever c, EventMetadata metadata) {
        return store.inTransaction(() -> WerkgeverRecord.metKvk(c.gemeente(), c.kvkNummer()).chain(bestaand -> {
                    if (bestaand != null) {
                        return Uni.createFrom().failure(new DuplicateKvkException());
                    }
                    return handler.handle(c.werkgeverId().toString(), 0L, c, metadata).chain(result -> {
                        WerkgeverRecord r = new WerkgeverRecord();
                        r.id = c.werkgeverId();
                        r.gemeente = c.gemeente();
                        r.naam = c.naam();
                        r.kvkNummer = c.kvkNummer();
                        r.sector = c.sector();
                        r.soort = c.soort().name();
                        r.accountbeheerder = c.accountbeheerder().name();
                        r.accountbeheerderOrganisatie = c.accountbeheerderOrganisatie();
                        r.versie = result.version();
                        r.geregistreerdOp = result.events().get(0).recordedAt();
                        return r.<WerkgeverRecord>persist();
                    });
                }))
                // Two registrations racing with one KvK number: the unique index decides.
                .onFailure(e -> Constraints.violated(e, KVK_CONSTRAINT))
                .transform(e -> new DuplicateKvkException());
    }

    public Uni<WerkgeverRecord> werkgever(UUID id, Aanvrager a) {
        return Panache.withSession(() -> WerkgeverRecord.<WerkgeverRecord>findById(id))
                .map(w -> {
                    if (w == null || !a.magLezen(w)) {
                        throw new NotFoundException();
                    }
                    return w;
                });
    }

    public Uni<PlaatsRecord> biedPlaatsAan(UUID werkgeverId, Aanvrager a, WerkgeverCommand.BiedPlaatsAan c, EventMetadata md) {
        return store.inTransaction(() -> beheerd(werkgeverId, a)
                .chain(w -> handle(w, c, md))
                .chain(v -> PlaatsRecord.<PlaatsRecord>findById(c.plaatsId())));
    }

    public Uni<PlaatsRecord> sluitPlaats(UUID plaatsId, Aanvrager a, String reden, EventMetadata md) {
        return store.inTransaction(() -> PlaatsRecord.<PlaatsRecord>findById(plaatsId)
                .chain(p -> {
                    if (p == null || !a.magBeheren(p)) {
                        return Uni.createFrom().failure(new NotFoundException());
                    }
                    return beheerd(p.werkgeverId, a).chain(w -> handle(w, new WerkgeverCommand.SluitPlaats(plaatsId, reden), md))
                            .chain(v -> PlaatsRecord.<PlaatsRecord>findById(plaatsId));
                }));
    }

    public Uni<PlaatsRecord> plaats(UUID id, Aanvrager a) {
        return Panache.withSession(() -> PlaatsRecord.<PlaatsRecord>findById(id)).map(p -> {
            if (p == null || !a.magLezen(p)) {
                throw new NotFoundException();
            }
            return p;
        });
    }

    /** Werkmatchers see all places of their gemeenten; account managers those of their own employers. */
    public Uni<List<PlaatsRecord>> plaatsen(Aanvrager a, String soort, UUID werkgeverId, Boolean open) {
        StringBuilder q = new StringBuilder("gemeente in :gemeenten");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("gemeenten", a.gemeenten());
        if (!a.werkmatcher()) {
            q.append(" and accountbeheerder in :beheerders and accountbeheerderOrganisatie = :organisatie");
            params.put("beheerders", a.beheerders());
            params.put("organisatie", a.organisatie());
        }
        if (soort != null) {
            q.append(" and soort = :soort");
            params.put("soort", soort);
        }
        if (werkgeverId != null) {
            q.append(" and werkgeverId = :werkgever");
            params.put("werkgever", werkgeverId);
        }
        if (open != null) {
            q.append(" and open = :open");
            params.put("open", open);
        }
        q.append(" order by aangebodenOp desc, id");
        return Panache.withSession(() -> PlaatsRecord.<PlaatsRecord>list(q.toString(), params));
    }

    /**
     * A werkmatcher proposes a statushouder of the place's gemeente. An unknown place or
     * statushouder in the caller's gemeenten is a 422 on that field, not revealing others' data.
     */
    public Uni<MatchRecord> stelMatchVoor(UUID matchId, UUID statushouderId, UUID plaatsId, String motivering,
                                          Aanvrager a, EventMetadata md) {
        return store.inTransaction(() -> PlaatsRecord.<PlaatsRecord>findById(plaatsId).chain(p -> {
            if (p == null || !a.gemeenten().contains(p.gemeente)) {
                return Uni.createFrom().failure(new PolicyViolationException(
                        new Violation(StatushouderInGemeente.NAME, "plaatsId", "onbekend in uw gemeente")));
            }
            return StatushouderRecord.<StatushouderRecord>findById(statushouderId).chain(s -> {
                if (s == null || !s.gemeente.equals(p.gemeente)) {
                    return Uni.createFrom().failure(new PolicyViolationException(StatushouderInGemeente.onbekend()));
                }
                return WerkgeverRecord.<WerkgeverRecord>findById(p.werkgeverId)
                        .chain(w -> handle(w, new WerkgeverCommand.StelMatchVoor(matchId, statushouderId, plaatsId, motivering), md))
                        .chain(v -> MatchRecord.<MatchRecord>findById(matchId));
            });
        }));
    }

    public Uni<MatchRecord> accepteer(UUID matchId, LocalDate startdatum, Aanvrager a, EventMetadata md) {
        return beslis(matchId, a, new WerkgeverCommand.AccepteerMatch(matchId, startdatum), md);
    }

    public Uni<MatchRecord> wijsAf(UUID matchId, String reden, Aanvrager a, EventMetadata md) {
        return beslis(matchId, a, new WerkgeverCommand.WijsMatchAf(matchId, reden), md);
    }

    private Uni<MatchRecord> beslis(UUID matchId, Aanvrager a, WerkgeverCommand command, EventMetadata md) {
        return store.inTransaction(() -> MatchRecord.<MatchRecord>findById(matchId)
                .onItem().ifNull().failWith(NotFoundException::new)
                .chain(m -> beheerd(m.werkgeverId, a))
                .chain(w -> handle(w, command, md))
                .chain(v -> MatchRecord.<MatchRecord>findById(matchId)));
    }

    public Uni<MatchRecord> match(UUID id, Aanvrager a) {
        return Panache.withSession(() -> MatchRecord.<MatchRecord>findById(id)
                .onItem().ifNull().failWith(NotFoundException::new)
                .chain(m -> WerkgeverRecord.<WerkgeverRecord>findById(m.werkgeverId).map(w -> {
                    if (!a.magLezen(w)) {
                        throw new NotFoundException();
                    }
                    return m;
                })));
    }

    /** The matches of a statushouder the caller may see; account managers see only their own employers'. */
    public Uni<List<MatchRecord>> matchesVan(UUID statushouderId, Aanvrager a) {
        return Panache.withSession(() -> MatchRecord.<MatchRecord>list(
                        "statushouderId = ?1 and gemeente in ?2 order by voorgesteldOp", statushouderId, a.gemeenten())
                .chain(matches -> {
                    if (a.werkmatcher() || matches.isEmpty()) {
                        return Uni.createFrom().item(matches);
                    }
                    List<UUID> ids = matches.stream().map(m -> m.werkgeverId).distinct().toList();
                    return WerkgeverRecord.<WerkgeverRecord>list("id in ?1", ids).map(ws -> {
                        java.util.Set<UUID> eigen = new java.util.HashSet<>();
                        ws.stream().filter(a::magBeheren).forEach(w -> eigen.add(w.id));
                        return matches.stream().filter(m -> eigen.contains(m.werkgeverId)).toList();
                    });
                }));
    }

    /** The employer, when the caller is its own account manager; anyone else gets a 404. */
    Uni<WerkgeverRecord> beheerd(UUID werkgeverId, Aanvrager a) {
        return WerkgeverRecord.<WerkgeverRecord>findById(werkgeverId).map(w -> {
            if (w == null || !a.magBeheren(w)) {
                throw new NotFoundException();
            }
            return w;
        });
    }

    private Uni<Void> handle(WerkgeverRecord w, WerkgeverCommand command, EventMetadata md) {
        return handler.handle(w.id.toString(), null, command, md.forGemeente(w.gemeente)).chain(result -> {
            w.versie = result.version();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (RecordedEvent<WerkgeversEvent> recorded : result.events()) {
                chain = chain.chain(() -> apply(w, recorded));
            }
            return chain;
        });
    }

    /** Brings the read models up to date with one event, in the command's transaction. */
    private Uni<Void> apply(WerkgeverRecord w, RecordedEvent<WerkgeversEvent> recorded) {
        WerkgeversEvent event = recorded.event();
        if (event instanceof PlaatsOffered e) {
            PlaatsRecord p = new PlaatsRecord();
            p.id = e.plaatsId();
            p.werkgeverId = e.werkgeverId();
            p.gemeente = e.gemeente();
            p.soort = e.soort().name();
            p.functie = e.functie();
            p.beroep = e.beroep();
            p.urenPerWeek = e.urenPerWeek();
            p.minimaalTaalniveau = e.minimaalTaalniveau().name();
            p.aantal = e.aantal();
            p.bezet = 0;
            p.open = true;
            p.leerdoelen = json.write(e.leerdoelen());
            p.accountbeheerder = w.accountbeheerder;
            p.accountbeheerderOrganisatie = w.accountbeheerderOrganisatie;
            p.aangebodenOp = recorded.recordedAt();
            return p.persist().replaceWithVoid();
        }
        if (event instanceof PlaatsClosed e) {
            return vers(PlaatsRecord.class, e.plaatsId()).invoke(p -> p.open = false).replaceWithVoid();
        }
        if (event instanceof MatchProposed e) {
            MatchRecord m = new MatchRecord();
            m.id = e.matchId();
            m.werkgeverId = e.werkgeverId();
            m.plaatsId = e.plaatsId();
            m.statushouderId = e.statushouderId();
            m.gemeente = e.gemeente();
            m.status = "VOORGESTELD";
            m.motivering = e.motivering();
            m.voorgesteldOp = recorded.recordedAt();
            return m.persist().replaceWithVoid();
        }
        if (event instanceof MatchAccepted e) {
            return vers(MatchRecord.class, e.matchId()).invoke(m -> {
                        m.status = "GEACCEPTEERD";
                        m.startdatum = e.startdatum();
                    })
                    .chain(() -> vers(PlaatsRecord.class, e.plaatsId())).invoke(p -> p.bezet++)
                    .replaceWithVoid();
        }
        if (event instanceof MatchRejected e) {
            return vers(MatchRecord.class, e.matchId()).invoke(m -> {
                m.status = "AFGEWEZEN";
                m.reden = e.reden();
            }).replaceWithVoid();
        }
        if (event instanceof WerkgeverRegistered) {
            return Uni.createFrom().voidItem();
        }
        throw new IllegalArgumentException("Unexpected event " + event.getClass().getSimpleName());
    }

    /**
     * The row as committed now. An entity read before the append may be stale (a concurrent
     * command committed in between); the append succeeded, so every earlier command on this
     * employer has committed, and re-reading it keeps their changes instead of overwriting them.
     */
    private static <T> Uni<T> vers(Class<T> type, UUID id) {
        return Panache.getSession().chain(s -> s.find(type, id).chain(e -> s.refresh(e).replaceWith(e)));
    }

}
