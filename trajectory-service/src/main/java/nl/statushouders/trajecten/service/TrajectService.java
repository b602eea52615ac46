package nl.statushouders.trajecten.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import nl.statushouders.platform.consumer.ReadModelRows;
import nl.statushouders.platform.eventsourcing.CommandHandler;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.trajecten.config.TrajectConfig;
import nl.statushouders.trajecten.domain.Deelnemer;
import nl.statushouders.trajecten.domain.Startkwalificatie;
import nl.statushouders.trajecten.domain.Traject;
import nl.statushouders.trajecten.domain.TrajectCommand;
import nl.statushouders.trajecten.domain.TrajectCommand.PlanTraject;
import nl.statushouders.trajecten.domain.TrajectDecider;
import nl.statushouders.trajecten.domain.Uren;
import nl.statushouders.trajecten.domain.event.TrajectEvent;
import nl.statushouders.trajecten.domain.event.TrajectEvents;
import nl.statushouders.trajecten.mapping.TrajectMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Runs trajectory commands: one transaction holds the events, their outbox rows and the read
 * model. Plans and starts lock the statushouder's row first, so the hours of their other
 * trajectories cannot change between reading them and deciding.
 */
@ApplicationScoped
public class TrajectService {

    static final String STREAM_TYPE = "traject";
    public static final String STATUSHOUDER_BEKEND = "statushouder-bekend-in-gemeente";

    private final EventStore store;
    private final TrajectMapper mapper;
    private final Clock clock;
    private final TrajectConfig config;
    private final CommandHandler<TrajectCommand, Traject, TrajectEvent> handler;

    public TrajectService(EventStore store, TrajectMapper mapper, Clock clock, TrajectConfig config) {
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
        this.handler = new CommandHandler<>(store, new TrajectDecider(), TrajectEvents.REGISTRY, STREAM_TYPE,
                traject -> traject.statushouderId().toString());
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /**
     * Plans a trajectory for a statushouder known in one of the caller's gemeenten (else 422 on
     * statushouderId, not revealing whether they exist elsewhere). The command's gemeente,
     * deelnemer and uren are filled in here.
     */
    public Uni<TrajectRecord> plan(PlanTraject command, Set<String> gemeenten, EventMetadata metadata) {
        return store.inTransaction(() -> vergrendel(command.statushouderId())
                .chain(statushouder -> {
                    if (statushouder == null || !statushouder.geregistreerd || !gemeenten.contains(statushouder.gemeente)) {
                        return Uni.createFrom().failure(new PolicyViolationException(
                                new Violation(STATUSHOUDER_BEKEND, "statushouderId", "onbekend in uw gemeente")));
                    }
                    return uren(statushouder.id, command.trajectId()).chain(uren -> {
                        PlanTraject aangevuld = aangevuld(command, statushouder, uren);
                        return planEnBewaar(aangevuld, metadata.forGemeente(statushouder.gemeente));
                    });
                }));
    }

    /**
     * Plans the trajectory of an accepted match. Runs inside the consumer's transaction; a
     * trajectory already planned for this match is returned unchanged (null when nothing new).
     */
    public Uni<TrajectRecord> planUitMatch(PlanTraject command, EventMetadata metadata) {
        return vergrendelOfMaak(command.statushouderId(), command.gemeente())
                .chain(statushouder -> uren(statushouder.id, command.trajectId())
                        .chain(uren -> planEnBewaar(aangevuld(command, statushouder, uren), metadata)));
    }

    /** Starts a planned trajectory, checking every rule again under the statushouder's lock. */
    public Uni<TrajectRecord> start(UUID id, Set<String> gemeenten, Long expectedVersion, LocalDate startdatum,
                                    String motivering, EventMetadata metadata) {
        return store.inTransaction(() -> vergrendeld(id, gemeenten, r -> true)
                .chain(record -> vergrendel(record.statushouderId)
                        .chain(statushouder -> uren(record.statushouderId, id).map(uren ->
                                new TrajectCommand.StartTraject(startdatum, motivering, deelnemer(statushouder), uren)))
                        .chain(command -> voerUit(record, expectedVersion, command, metadata))));
    }

    /** Any other command on a trajectory the caller may see ({@code eigen}: the own-students rule). */
    public Uni<TrajectRecord> wijzig(UUID id, Set<String> gemeenten, Predicate<TrajectRecord> eigen, Long expectedVersion,
                                     TrajectCommand command, EventMetadata metadata) {
        return store.inTransaction(() -> vergrendeld(id, gemeenten, eigen)
                .chain(record -> voerUit(record, expectedVersion, command, metadata)));
    }

    public Uni<TrajectRecord> vind(UUID id, Set<String> gemeenten, Predicate<TrajectRecord> eigen) {
        return Panache.withSession(() -> zichtbaar(id, gemeenten, eigen));
    }

    public Uni<List<TrajectRecord>> vanStatushouder(UUID statushouderId, Set<String> gemeenten,
                                                    Predicate<TrajectRecord> eigen) {
        return Panache.withSession(() -> TrajectRecord.vanStatushouder(statushouderId, gemeenten))
                .map(records -> records.stream().filter(eigen).toList());
    }

    private Uni<TrajectRecord> planEnBewaar(PlanTraject command, EventMetadata metadata) {
        return handler.handle(command.trajectId().toString(), null, command, metadata).chain(result -> {
            if (result.events().isEmpty()) {
                return Panache.getSession().chain(s -> s.find(TrajectRecord.class, command.trajectId()));
            }
            TrajectRecord record = new TrajectRecord();
            result.events().forEach(recorded -> mapper.apply(record, recorded));
            return record.<TrajectRecord>persist();
        });
    }

    /** {@code expectedVersion}: the client's If-Match, or null. */
    private Uni<TrajectRecord> voerUit(TrajectRecord record, Long expectedVersion, TrajectCommand command,
                                       EventMetadata metadata) {
        return handler.handle(record.id.toString(), expectedVersion, command, metadata.forGemeente(record.gemeente)).map(result -> {
            result.events().forEach(recorded -> mapper.apply(record, recorded));
            return record;
        });
    }

    private static Uni<TrajectRecord> zichtbaar(UUID id, Set<String> gemeenten, Predicate<TrajectRecord> eigen) {
        return TrajectRecord.inGemeente(id, gemeenten)
                .map(r -> r != null && eigen.test(r) ? r : null)
                .onItem().ifNull().failWith(NotFoundException::new);
    }

    /** The trajectory for a command, locked (lock order: trajectory, then statushouder; plans lock only the latter). */
    private static Uni<TrajectRecord> vergrendeld(UUID id, Set<String> gemeenten, Predicate<TrajectRecord> eigen) {
        return TrajectRecord.inGemeenteVergrendeld(id, gemeenten)
                .map(r -> r != null && eigen.test(r) ? r : null)
                .onItem().ifNull().failWith(NotFoundException::new);
    }

    /** The statushouder's row under a write lock, or null when unknown. */
    static Uni<StatushouderRecord> vergrendel(UUID statushouderId) {
        return ReadModelRows.find(StatushouderRecord.class, statushouderId);
    }

    /**
     * The row under a write lock, created (with only the gemeente) when another service's event
     * arrives before intake's registration. Two consumers racing to create it: one fails on the
     * primary key and is retried by its caller.
     */
    public static Uni<StatushouderRecord> vergrendelOfMaak(UUID statushouderId, String gemeente) {
        return ReadModelRows.lockOrCreate(StatushouderRecord.class, statushouderId,
                () -> StatushouderProjectie.nieuw(statushouderId, gemeente));
    }

    private Uni<Uren> uren(UUID statushouderId, UUID behalve) {
        return TrajectRecord.lopend(statushouderId, behalve)
                .map(lopend -> new Uren(lopend.stream().mapToInt(t -> t.urenPerWeek).sum(), config.maxUrenPerWeek()));
    }

    private static Deelnemer deelnemer(StatushouderRecord s) {
        return s == null ? new Deelnemer(null, Startkwalificatie.ONBEKEND)
                : new Deelnemer(s.geboortedatum, Startkwalificatie.vanOpleidingsniveau(s.opleidingsniveau));
    }

    private static PlanTraject aangevuld(PlanTraject c, StatushouderRecord statushouder, Uren uren) {
        return new PlanTraject(c.trajectId(), c.statushouderId(), statushouder.gemeente, c.soort(), c.aanbieder(),
                c.aanbiederOrganisatie(), c.plaatsId(), c.matchId(), c.startdatum(), c.geplandeEinddatum(),
                c.urenPerWeek(), c.leerdoelen(), c.motivering(), c.uitMatch(), deelnemer(statushouder), uren);
    }
}
