package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;
import nl.statushouders.platform.eventsourcing.CommandHandler;
import nl.statushouders.platform.eventsourcing.Constraints;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.Snapshots;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.Werkgever;
import nl.statushouders.werkgevers.domain.WerkgeverCommand;
import nl.statushouders.werkgevers.domain.WerkgeverDecider;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import nl.statushouders.werkgevers.domain.policy.StatushouderInGemeente;
import nl.statushouders.werkgevers.projectie.WerkgeverProjectie;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Runs the commands on an employer's stream (employer, places, matches). One transaction holds
 * the events, their outbox rows and the read models; access is checked on the read model first,
 * on the employer's row locked for the transaction. The rows follow the events through
 * {@link WerkgeverProjectie}, the same code the rebuild uses.
 */
@ApplicationScoped
public class WerkgeverService {

    public static final String STREAM_TYPE = "werkgever";
    static final int SNAPSHOT_INTERVAL = 50;
    /** Change when {@link Werkgever} or {@link WerkgeverDecider#evolve} changes: older snapshots are then ignored. */
    static final String STATE_VERSION = "werkgever-1";
    static final String KVK_CONSTRAINT = "werkgever_gemeente_kvk";

    private final EventStore store;
    private final WerkgeverProjectie projectie;
    private final CommandHandler<WerkgeverCommand, Werkgever, WerkgeversEvent> handler;

    public WerkgeverService(EventStore store, WerkgeverProjectie projectie) {
        this.store = store;
        this.projectie = projectie;
        // An employer's stream grows with every place and match: a command folds from a snapshot
        // taken every SNAPSHOT_INTERVAL events instead of from the start (docs/architecture.md).
        this.handler = new CommandHandler<>(store, new WerkgeverDecider(), WerkgeversEvents.REGISTRY, STREAM_TYPE,
                Werkgever::laatsteSleutel).withSnapshots(Snapshots.every(SNAPSHOT_INTERVAL, Werkgever.class, STATE_VERSION));
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
                        SessieRijen rijen = SessieRijen.nieuweWerkgever();
                        result.events().forEach(e -> projectie.apply(rijen, e));
                        return rijen.bewaar().replaceWith(rijen.werkgever());
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

    /** {@code expectedVersion}: the client's If-Match on the employer, or null. */
    public Uni<Versioned<PlaatsRecord>> biedPlaatsAan(UUID werkgeverId, Aanvrager a, Long expectedVersion,
                                                      WerkgeverCommand.BiedPlaatsAan c, EventMetadata md) {
        return store.inTransaction(() -> vergrendeld(werkgeverId, a)
                .chain(w -> handle(w, expectedVersion, c, md)
                        .chain(() -> PlaatsRecord.<PlaatsRecord>findById(c.plaatsId()))
                        .map(p -> new Versioned<>(p, w.versie))));
    }

    public Uni<Versioned<PlaatsRecord>> sluitPlaats(UUID plaatsId, Aanvrager a, Long expectedVersion, String reden,
                                                    EventMetadata md) {
        return store.inTransaction(() -> eigenaar(PlaatsRecord.class, plaatsId)
                .onItem().ifNull().failWith(NotFoundException::new)
                .chain(p -> vergrendeld(p.werkgeverId(), a))
                .chain(w -> handle(w, expectedVersion, new WerkgeverCommand.SluitPlaats(plaatsId, reden), md)
                        .chain(() -> PlaatsRecord.<PlaatsRecord>findById(plaatsId))
                        .map(p -> new Versioned<>(p, w.versie))));
    }

    public Uni<PlaatsRecord> plaats(UUID id, Aanvrager a) {
        return Panache.withSession(() -> PlaatsRecord.<PlaatsRecord>findById(id)).map(p -> {
            if (p == null || !a.magLezen(p)) {
                throw new NotFoundException();
            }
            return p;
        });
    }

    /** The place with its employer's version, the ETag a client sends back to close it. */
    public Uni<Versioned<PlaatsRecord>> plaatsMetVersie(UUID id, Aanvrager a) {
        return metVersie(PlaatsRecord.class, id, a);
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
    public Uni<Versioned<MatchRecord>> stelMatchVoor(UUID matchId, UUID statushouderId, UUID plaatsId, String motivering,
                                                     boolean motiveringVoorWerkgever, Aanvrager a, EventMetadata md) {
        return store.inTransaction(() -> eigenaar(PlaatsRecord.class, plaatsId).chain(p -> {
            if (p == null || !a.gemeenten().contains(p.gemeente())) {
                return Uni.createFrom().failure(new PolicyViolationException(
                        new Violation(StatushouderInGemeente.NAME, "plaatsId", "onbekend in uw gemeente")));
            }
            return StatushouderRecord.<StatushouderRecord>findById(statushouderId).chain(s -> {
                if (s == null || !s.gemeente.equals(p.gemeente())) {
                    return Uni.createFrom().failure(new PolicyViolationException(StatushouderInGemeente.onbekend()));
                }
                return vergrendel(p.werkgeverId()).chain(w -> handle(w, null,
                                new WerkgeverCommand.StelMatchVoor(matchId, statushouderId, plaatsId, motivering,
                                        motiveringVoorWerkgever), md)
                        .chain(() -> MatchRecord.<MatchRecord>findById(matchId))
                        .map(m -> new Versioned<>(m, w.versie)));
            });
        }));
    }

    public Uni<Versioned<MatchRecord>> accepteer(UUID matchId, LocalDate startdatum, Aanvrager a, Long expectedVersion,
                                                 EventMetadata md) {
        return beslis(matchId, a, expectedVersion, new WerkgeverCommand.AccepteerMatch(matchId, startdatum), md);
    }

    public Uni<Versioned<MatchRecord>> wijsAf(UUID matchId, String reden, Aanvrager a, Long expectedVersion,
                                              EventMetadata md) {
        return beslis(matchId, a, expectedVersion, new WerkgeverCommand.WijsMatchAf(matchId, reden), md);
    }

    private Uni<Versioned<MatchRecord>> beslis(UUID matchId, Aanvrager a, Long expectedVersion, WerkgeverCommand command,
                                               EventMetadata md) {
        return store.inTransaction(() -> eigenaar(MatchRecord.class, matchId)
                .onItem().ifNull().failWith(NotFoundException::new)
                .chain(m -> vergrendeld(m.werkgeverId(), a))
                .chain(w -> handle(w, expectedVersion, command, md)
                        .chain(() -> MatchRecord.<MatchRecord>findById(matchId))
                        .map(m -> new Versioned<>(m, w.versie))));
    }

    /** The match with its employer's version, the ETag a client sends back to accept or reject it. */
    public Uni<Versioned<MatchRecord>> match(UUID id, Aanvrager a) {
        return metVersie(MatchRecord.class, id, a);
    }

    /**
     * A place or match with its employer's version, read with the employer in one statement so the
     * ETag belongs to what is shown; 404 unless the caller may read the employer.
     */
    private static <T> Uni<Versioned<T>> metVersie(Class<T> type, UUID id, Aanvrager a) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select r, w from " + type.getSimpleName() + " r, WerkgeverRecord w "
                                + "where r.id = :id and w.id = r.werkgeverId", Object[].class)
                .setParameter("id", id)
                .getSingleResultOrNull()))
                .map(row -> {
                    if (row == null || !a.magLezen((WerkgeverRecord) row[1])) {
                        throw new NotFoundException();
                    }
                    return new Versioned<>(type.cast(row[0]), ((WerkgeverRecord) row[1]).versie);
                });
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

    /** The employer, when the caller is its own account manager; anyone else gets a 404. For reads. */
    Uni<WerkgeverRecord> beheerd(UUID werkgeverId, Aanvrager a) {
        return WerkgeverRecord.<WerkgeverRecord>findById(werkgeverId).map(w -> magBeheren(w, a));
    }

    /**
     * As {@link #beheerd}, with the employer's row locked until the transaction ends: commands on one
     * employer queue here instead of racing for the stream version, and a rebuild page that locks
     * the row waits for them, or they for it. Every command on an employer's stream starts here.
     */
    Uni<WerkgeverRecord> vergrendeld(UUID werkgeverId, Aanvrager a) {
        return vergrendel(werkgeverId).map(w -> magBeheren(w, a));
    }

    private static Uni<WerkgeverRecord> vergrendel(UUID werkgeverId) {
        return Panache.getSession().chain(s -> s.find(WerkgeverRecord.class, werkgeverId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The employer and gemeente of a place or match, without loading its row: a command reads the
     * rows of an employer only once it holds the employer's lock, so it never writes back a copy
     * from before a command that committed while it waited.
     */
    private static Uni<Eigenaar> eigenaar(Class<?> type, UUID id) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select r.werkgeverId, r.gemeente from " + type.getSimpleName() + " r where r.id = :id", Object[].class)
                .setParameter("id", id)
                .getSingleResultOrNull())
                .map(row -> row == null ? null : new Eigenaar((UUID) row[0], (String) row[1]));
    }

    private record Eigenaar(UUID werkgeverId, String gemeente) {
    }

    private static WerkgeverRecord magBeheren(WerkgeverRecord w, Aanvrager a) {
        if (w == null || !a.magBeheren(w)) {
            throw new NotFoundException();
        }
        return w;
    }

    private Uni<Void> handle(WerkgeverRecord w, Long expectedVersion, WerkgeverCommand command, EventMetadata md) {
        return handler.handle(w.id.toString(), expectedVersion, command, md.forGemeente(w.gemeente))
                .chain(result -> SessieRijen.voor(w, result.events()).chain(rijen -> {
                    result.events().forEach(e -> projectie.apply(rijen, e));
                    return rijen.bewaar();
                }));
    }
}
