package nl.statushouders.trajecten.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.consumer.EventHandler;
import nl.statushouders.platform.consumer.IdempotentConsumer;
import nl.statushouders.platform.eventsourcing.Constraints;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.trajecten.config.TrajectConfig;
import nl.statushouders.trajecten.domain.Leerdoel;
import nl.statushouders.trajecten.domain.LeerdoelSoort;
import nl.statushouders.trajecten.domain.Soort;
import nl.statushouders.trajecten.domain.TrajectCommand.PlanTraject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What this service learns from other services' events: who the statushouder is (gemeente,
 * birth date), whether they have a startkwalificatie, and which matches were accepted (each
 * plans a trajectory). Every event is applied at most once; fields it does not use are ignored.
 */
@ApplicationScoped
public class InkomendeEvents implements EventHandler {

    static final String CONSUMER = "trajecten";
    static final String REGISTERED = "nl.statushouders.intake.statushouder-registered";
    static final String ASSESSMENT_COMPLETED = "nl.statushouders.assessment.assessment-completed";
    static final String ALTERNATIEVE_INTAKE_COMPLETED = "nl.statushouders.assessment.alternatieve-intake-completed";
    static final String MATCH_ACCEPTED = "nl.statushouders.werkgevers.match-accepted";
    static final String ACTOR = "trajectory-service";

    private static final Logger LOG = Logger.getLogger(InkomendeEvents.class);

    private final IdempotentConsumer idempotent;
    private final TrajectService trajecten;
    private final TrajectConfig config;

    public InkomendeEvents(IdempotentConsumer idempotent, TrajectService trajecten, TrajectConfig config) {
        this.idempotent = idempotent;
        this.trajecten = trajecten;
        this.config = config;
    }

    /** True when the event changed something; false for a duplicate or a type this service does not use. */
    @Override
    public Uni<Boolean> apply(CloudEvent event) {
        if (!kent(event.type()) || !event.data().hasNonNull("statushouderId")) {
            LOG.debugf("Skipped event %s of type %s", event.id(), event.type());
            return Uni.createFrom().item(false);
        }
        // A planned trajectory's events are published at once: the kernel wakes the relay after applying.
        UUID statushouderId = UUID.fromString(event.data().get("statushouderId").asText());
        return idempotent.applyOnce(CONSUMER, event.keeping(StatushouderProjectie.BEWAARD), statushouderId, () -> verwerk(event))
                // Two topics' events creating the same statushouder row at once: the loser retries.
                .onFailure(e -> Constraints.violated(e, "statushouder_pkey")).retry().atMost(3);
    }

    /** The batch's statushouder rows, loaded and locked in one statement. */
    @Override
    public Uni<Void> prepare(List<CloudEvent> batch) {
        return nl.statushouders.platform.consumer.ReadModelRows.lockAll(StatushouderRecord.class, "id",
                nl.statushouders.platform.consumer.ReadModelRows.statushouders(batch, e -> kent(e.type())));
    }

    static boolean kent(String type) {
        return REGISTERED.equals(type) || ASSESSMENT_COMPLETED.equals(type) || ALTERNATIEVE_INTAKE_COMPLETED.equals(type)
                || MATCH_ACCEPTED.equals(type);
    }

    private Uni<Void> verwerk(CloudEvent event) {
        UUID statushouderId = UUID.fromString(event.data().get("statushouderId").asText());
        String gemeente = StatushouderProjectie.gemeente(event);
        return TrajectService.vergrendelOfMaak(statushouderId, gemeente).chain(s -> {
            // A known statushouder stays in the gemeente we know: an event naming another is rejected.
            nl.statushouders.platform.consumer.Herkomst.bekendeGemeente(s.gemeente, event);
            if (MATCH_ACCEPTED.equals(event.type())) {
                // Creates the statushouder row as any first event does, and plans: the plan is a command, its
                // events go to the store (a rebuild reads them there and never plans again).
                return planUitMatch(event, statushouderId, gemeente);
            }
            StatushouderProjectie.apply(s, event);
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> planUitMatch(CloudEvent event, UUID statushouderId, String gemeente) {
        JsonNode data = event.data();
        Soort soort = Soort.vanPlaatsSoort(data.path("soort").asText(null));
        if (soort == null || !data.hasNonNull("matchId") || !data.hasNonNull("startdatum")) {
            // Cannot plan from this: the failure sends the event to the dead-letter topic.
            return Uni.createFrom().failure(new IllegalArgumentException("match-accepted " + event.id()
                    + " lacks a known soort, matchId or startdatum"));
        }
        UUID matchId = UUID.fromString(data.get("matchId").asText());
        LocalDate startdatum = LocalDate.parse(data.get("startdatum").asText());
        PlanTraject command = new PlanTraject(trajectIdVoorMatch(matchId), statushouderId, gemeente, soort,
                data.path("werkgeverNaam").asText("onbekende werkgever"), null,
                data.hasNonNull("plaatsId") ? UUID.fromString(data.get("plaatsId").asText()) : null, matchId,
                startdatum, startdatum.plusMonths(config.matchLooptijdMaanden()), data.path("urenPerWeek").asInt(0),
                leerdoelen(data.path("leerdoelen")), data.hasNonNull("motivering") ? data.get("motivering").asText() : null,
                true, null, null);
        EventMetadata metadata = event.causes(gemeente, ACTOR);
        return trajecten.planUitMatch(command, metadata).replaceWithVoid();
    }

    /** The same match always plans the same trajectory, whatever the delivery. */
    public static UUID trajectIdVoorMatch(UUID matchId) {
        return UUID.nameUUIDFromBytes(("traject-uit-match:" + matchId).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Leerdoel> leerdoelen(JsonNode array) {
        List<Leerdoel> leerdoelen = new ArrayList<>();
        for (JsonNode l : array) {
            try {
                leerdoelen.add(new Leerdoel(LeerdoelSoort.valueOf(l.path("soort").asText()), l.path("omschrijving").asText("")));
            } catch (IllegalArgumentException e) {
                LOG.debugf("Ignored a leerdoel of unknown soort");
            }
        }
        return leerdoelen;
    }
}
