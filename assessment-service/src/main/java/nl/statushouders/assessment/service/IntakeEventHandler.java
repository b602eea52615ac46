package nl.statushouders.assessment.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.assessment.domain.AssessmentCommand.NodigUit;
import nl.statushouders.assessment.domain.Soort;
import nl.statushouders.assessment.mapping.StatushouderMapper;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.consumer.EventHandler;
import nl.statushouders.platform.consumer.IdempotentConsumer;
import nl.statushouders.platform.consumer.ReadModelRows;
import nl.statushouders.platform.eventsourcing.Constraints;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Applies intake events once each (IdempotentConsumer): statushouder-registered feeds the list
 * of known statushouders; startgesprek-held with NOA or ALTERNATIEF invites the statushouder.
 * The assessment id derives from the intake event id, so even a lost marker cannot invite twice.
 */
@ApplicationScoped
public class IntakeEventHandler implements EventHandler {

    static final String CONSUMER = "assessment-service";
    public static final String NOG_TE_PLANNEN = "nog te plannen";
    private static final Logger LOG = Logger.getLogger(IntakeEventHandler.class);

    private final IdempotentConsumer idempotent;
    private final AssessmentService service;
    private final StatushouderMapper statushouders;

    public IntakeEventHandler(IdempotentConsumer idempotent, AssessmentService service, StatushouderMapper statushouders) {
        this.idempotent = idempotent;
        this.service = service;
        this.statushouders = statushouders;
    }

    /** The assessment an intake startgesprek-held event leads to. */
    public static UUID assessmentIdVoor(UUID startgesprekEventId) {
        return UUID.nameUUIDFromBytes(("assessment:" + startgesprekEventId).getBytes(StandardCharsets.UTF_8));
    }

    /** True when the event was applied now; false when it was seen before or is not for us. */
    @Override
    public Uni<Boolean> apply(CloudEvent event) {
        if (!statushouders.overStatushouder(event)) {
            return Uni.createFrom().item(false);
        }
        UUID statushouderId = statushouders.statushouderId(event);
        String gemeente = statushouders.gemeente(event);
        return idempotent.applyOnce(CONSUMER, event.keeping(StatushouderMapper.BEWAARD), statushouderId, () -> bekend(statushouderId, event)
                        .chain(() -> "startgesprek-held".equals(event.eventName()) ? startgesprek(event, statushouderId, gemeente)
                                : Uni.createFrom().voidItem()))
                // A werkmatcher's invitation committed between our check and our insert: the index
                // refused ours. Once more, and the check finds the open assessment and does nothing.
                .onFailure(e -> Constraints.violated(e, AssessmentService.OPEN_CONSTRAINT)).retry().atMost(1);
    }

    /** The batch's statushouder rows, loaded and locked in one statement. */
    @Override
    public Uni<Void> prepare(List<CloudEvent> batch) {
        return ReadModelRows.lockAll(StatushouderRecord.class, "id",
                ReadModelRows.statushouders(batch, statushouders::overStatushouder));
    }

    /**
     * The read-model part of the event, shared with the rebuild (StatushouderLeesmodel). The row is
     * locked as the rebuild locks it, so neither writes it from a stale copy.
     */
    private Uni<Void> bekend(UUID statushouderId, CloudEvent event) {
        return ReadModelRows.find(StatushouderRecord.class, statushouderId).chain(existing -> {
            if (existing != null) {
                statushouders.project(existing, List.of(event));
                return Uni.createFrom().voidItem();
            }
            return Panache.getSession().chain(s -> s.persist(statushouders.toRecord(statushouderId, List.of(event))));
        });
    }

    private Uni<Void> startgesprek(CloudEvent event, UUID statushouderId, String gemeente) {
        Soort soort = soort(event.data().path("assessmentBesluit"));
        if (soort == null) {
            return Uni.createFrom().voidItem();
        }
        UUID assessmentId = assessmentIdVoor(event.id());
        NodigUit command = new NodigUit(assessmentId, statushouderId, gemeente, soort, NOG_TE_PLANNEN, event.id());
        EventMetadata metadata = event.causes(gemeente, CONSUMER);
        return service.nodigUitNaStartgesprek(command, metadata).invoke(record -> {
            if (record == null) {
                LOG.infof("Startgesprek %s: statushouder %s already has an open assessment; no new invitation",
                        event.id(), statushouderId);
            }
        }).replaceWithVoid();
    }

    private static Soort soort(JsonNode besluit) {
        return switch (besluit.asText("")) {
            case "NOA" -> Soort.NOA;
            case "ALTERNATIEF" -> Soort.ALTERNATIEF;
            default -> null;
        };
    }
}
