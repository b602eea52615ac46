package nl.statushouders.assessment.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import nl.statushouders.assessment.domain.Assessment;
import nl.statushouders.assessment.domain.AssessmentCommand;
import nl.statushouders.assessment.domain.AssessmentCommand.NodigUit;
import nl.statushouders.assessment.domain.AssessmentDecider;
import nl.statushouders.assessment.domain.Soort;
import nl.statushouders.assessment.domain.event.AssessmentEvent;
import nl.statushouders.assessment.domain.event.AssessmentEvents;
import nl.statushouders.assessment.domain.policy.BekendeStatushouder;
import nl.statushouders.assessment.domain.policy.EenOpenAssessmentPerStatushouder;
import nl.statushouders.assessment.mapping.AssessmentMapper;
import nl.statushouders.platform.eventsourcing.CommandHandler;
import nl.statushouders.platform.eventsourcing.Constraints;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.eventsourcing.EventStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Runs assessment commands: one transaction holds the events, their outbox rows and the read model. */
@ApplicationScoped
public class AssessmentService {

    static final String STREAM_TYPE = "assessment";
    static final String OPEN_CONSTRAINT = "assessment_een_open";

    private final EventStore store;
    private final AssessmentMapper mapper;
    private final Clock clock;
    private final CommandHandler<AssessmentCommand, Assessment, AssessmentEvent> handler;

    public AssessmentService(EventStore store, AssessmentMapper mapper, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
        this.handler = new CommandHandler<>(store, new AssessmentDecider(), AssessmentEvents.REGISTRY, STREAM_TYPE,
                assessment -> assessment.statushouderId().toString());
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /**
     * Invites a statushouder known in one of the caller's gemeenten; the statushouder's gemeente
     * becomes the tenant of the assessment.
     */
    public Uni<AssessmentRecord> nodigUit(UUID statushouderId, Soort soort, String locatie, Set<String> gemeenten,
                                          EventMetadata metadata) {
        UUID id = UUID.randomUUID();
        return store.inTransaction(() -> StatushouderRecord.inGemeente(statushouderId, gemeenten)
                        .chain(statushouder -> {
                            BekendeStatushouder.check(statushouder != null);
                            NodigUit command = new NodigUit(id, statushouderId, statushouder.gemeente, soort, locatie, null);
                            return nodigUitAlsGeenOpen(command, metadata.forGemeente(statushouder.gemeente));
                        }))
                .onFailure(e -> Constraints.violated(e, OPEN_CONSTRAINT))
                .recoverWithUni(() -> Panache.withSession(() -> AssessmentRecord.open(statushouderId))
                        .map(open -> {
                            EenOpenAssessmentPerStatushouder.check(open == null ? id : open.id);
                            return null;
                        }));
    }

    /**
     * The invitation intake asked for with a startgesprek; runs inside the consumer's transaction.
     * An open assessment (e.g. made by hand before the event arrived) wins: then nothing happens.
     */
    public Uni<AssessmentRecord> nodigUitNaStartgesprek(NodigUit command, EventMetadata metadata) {
        return AssessmentRecord.open(command.statushouderId()).chain(open -> {
            if (open != null) {
                return Uni.createFrom().nullItem();
            }
            return invite(command, metadata);
        });
    }

    public Uni<AssessmentRecord> vind(UUID id, Set<String> gemeenten) {
        return Panache.withSession(() -> AssessmentRecord.inGemeente(id, gemeenten))
                .onItem().ifNull().failWith(NotFoundException::new);
    }

    public Uni<List<AssessmentRecord>> vanStatushouder(UUID statushouderId, Set<String> gemeenten) {
        return Panache.withSession(() -> AssessmentRecord.vanStatushouder(statushouderId, gemeenten));
    }

    /**
     * Runs a command on an existing assessment of one of the caller's gemeenten and brings the read
     * model up to date in the same transaction. {@code expectedVersion}: the client's If-Match, or null.
     */
    public Uni<AssessmentRecord> wijzig(UUID id, Set<String> gemeenten, Long expectedVersion, AssessmentCommand command,
                                        EventMetadata metadata) {
        return store.inTransaction(() -> AssessmentRecord.voorWijziging(id, gemeenten)
                .onItem().ifNull().failWith(NotFoundException::new)
                .chain(record -> handler.handle(id.toString(), expectedVersion, command, metadata.forGemeente(record.gemeente))
                        .map(result -> {
                            mapper.project(record, result.events());
                            return record;
                        })));
    }

    private Uni<AssessmentRecord> nodigUitAlsGeenOpen(NodigUit command, EventMetadata metadata) {
        return AssessmentRecord.open(command.statushouderId()).chain(open -> {
            EenOpenAssessmentPerStatushouder.check(open == null ? null : open.id);
            return invite(command, metadata);
        });
    }

    private Uni<AssessmentRecord> invite(NodigUit command, EventMetadata metadata) {
        return handler.handle(command.assessmentId().toString(), 0L, command, metadata)
                .chain(result -> mapper.toRecord(command.assessmentId(), result.events())
                        .<AssessmentRecord>persist()
                        // Flush here, so a racing second invitation fails on the index inside this chain.
                        .call(() -> Panache.getSession().chain(s -> s.flush())));
    }
}
