package nl.statushouders.werkgevers.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import nl.statushouders.platform.eventsourcing.CommandHandler;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.BijeenkomstDecider;
import nl.statushouders.werkgevers.domain.PlanBijeenkomst;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import nl.statushouders.werkgevers.domain.policy.EigenWerkgever;
import nl.statushouders.werkgevers.projectie.BijeenkomstProjectie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Company tours and matching meetings: one stream each. */
@ApplicationScoped
public class BijeenkomstService {

    public static final String STREAM_TYPE = "bijeenkomst";

    private final EventStore store;
    private final Clock clock;
    private final CommandHandler<PlanBijeenkomst, UUID, WerkgeversEvent> handler;

    public BijeenkomstService(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.handler = new CommandHandler<>(store, new BijeenkomstDecider(), WerkgeversEvents.REGISTRY, STREAM_TYPE,
                UUID::toString);
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /** A hosting employer must be one the caller may see (werkmatcher: its gemeenten; account manager: its own). */
    public Uni<BijeenkomstRecord> plan(PlanBijeenkomst c, Aanvrager a, EventMetadata md) {
        return store.inTransaction(() -> gastheer(c, a)
                .chain(() -> handler.handle(c.bijeenkomstId().toString(), 0L, c, md.forGemeente(c.gemeente())))
                .chain(result -> {
                    BijeenkomstRecord r = new BijeenkomstRecord();
                    BijeenkomstProjectie.vul(r, result.events().get(0));
                    return r.<BijeenkomstRecord>persist();
                }));
    }

    private Uni<Void> gastheer(PlanBijeenkomst c, Aanvrager a) {
        return c.werkgeverId() == null ? Uni.createFrom().voidItem()
                : WerkgeverRecord.<WerkgeverRecord>findById(c.werkgeverId()).chain(w -> {
                    if (w == null || !w.gemeente.equals(c.gemeente()) || !a.magLezen(w)) {
                        return Uni.createFrom().failure(new PolicyViolationException(
                                new Violation(EigenWerkgever.NAME, "werkgeverId", "onbekend in uw gemeente")));
                    }
                    return Uni.createFrom().voidItem();
                });
    }

    public Uni<BijeenkomstRecord> bijeenkomst(UUID id, Set<String> gemeenten) {
        return Panache.withSession(() -> BijeenkomstRecord.<BijeenkomstRecord>findById(id)).map(b -> {
            if (b == null || !gemeenten.contains(b.gemeente)) {
                throw new NotFoundException();
            }
            return b;
        });
    }
}
