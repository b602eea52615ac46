package nl.statushouders.werkgevers.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.eventsourcing.CommandHandler;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.werkgevers.config.TaalvoucherConfig;
import nl.statushouders.werkgevers.domain.Taalniveau;
import nl.statushouders.werkgevers.domain.TaalvoucherBudget;
import nl.statushouders.werkgevers.domain.TaalvoucherDecider;
import nl.statushouders.werkgevers.domain.VerleenTaalvoucher;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import nl.statushouders.werkgevers.domain.policy.StatushouderInGemeente;
import nl.statushouders.werkgevers.projectie.TaalvoucherProjectie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Grants taalvouchers against the gemeente's yearly budget stream: two grants racing for the
 * same budget load the same version and only one appends (the other gets a 409).
 */
@ApplicationScoped
public class TaalvoucherService {

    public static final String STREAM_TYPE = "taalvoucherbudget";

    private final EventStore store;
    private final WerkgeverService werkgevers;
    private final TaalvoucherConfig config;
    private final Clock clock;
    private final CommandHandler<VerleenTaalvoucher, TaalvoucherBudget, WerkgeversEvent> handler;

    public TaalvoucherService(EventStore store, WerkgeverService werkgevers, TaalvoucherConfig config, Clock clock) {
        this.store = store;
        this.werkgevers = werkgevers;
        this.config = config;
        this.clock = clock;
        this.handler = new CommandHandler<>(store, new TaalvoucherDecider(), WerkgeversEvents.REGISTRY, STREAM_TYPE,
                budget -> budget.laatsteStatushouder().toString());
    }

    public Uni<TaalvoucherRecord> verleen(UUID werkgeverId, UUID statushouderId, long bedrag, int maanden, Aanvrager a,
                                          EventMetadata md) {
        int jaar = LocalDate.now(clock).getYear();
        UUID taalvoucherId = UUID.randomUUID();
        // The employer's row is locked like for its own commands: whether it gave a paid job is read from its stream.
        return store.inTransaction(() -> werkgevers.vergrendeld(werkgeverId, a).chain(w ->
                StatushouderRecord.<StatushouderRecord>findById(statushouderId).chain(s -> {
                    if (s == null || !s.gemeente.equals(w.gemeente)) {
                        return Uni.createFrom().failure(new PolicyViolationException(StatushouderInGemeente.onbekend()));
                    }
                    return werkgevers.toestand(werkgeverId).chain(werkgever -> {
                        var command = new VerleenTaalvoucher(taalvoucherId, werkgeverId, statushouderId, w.gemeente, bedrag,
                                maanden, jaar, config.jaarbudget(w.gemeente), werkgever.heeftBetaaldeBaan(statushouderId),
                                Taalniveau.parse(s.gesprokenTaalniveau));
                        return handler.handle(TaalvoucherBudget.streamId(w.gemeente, jaar), null, command,
                                md.forGemeente(w.gemeente));
                    }).chain(result -> {
                        TaalvoucherRecord r = new TaalvoucherRecord();
                        TaalvoucherProjectie.vul(r, result.events().get(0));
                        return r.<TaalvoucherRecord>persist();
                    });
                })));
    }

    public Uni<TaalvoucherRecord> taalvoucher(UUID werkgeverId, UUID id, Aanvrager a) {
        return io.quarkus.hibernate.reactive.panache.Panache.withSession(() -> werkgevers.beheerd(werkgeverId, a)
                .chain(w -> TaalvoucherRecord.<TaalvoucherRecord>findById(id))
                .map(t -> {
                    if (t == null || !t.werkgeverId.equals(werkgeverId)) {
                        throw new jakarta.ws.rs.NotFoundException();
                    }
                    return t;
                }));
    }
}
