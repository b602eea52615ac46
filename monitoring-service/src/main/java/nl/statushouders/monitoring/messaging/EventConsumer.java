package nl.statushouders.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.service.VoortgangService;
import nl.statushouders.platform.consumer.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the projections from the producing services' topics. An unreadable record is logged by
 * position only (never its content) and skipped; a failure while applying goes to the
 * dead-letter topic, and processing continues.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final VoortgangService voortgang;
    private final ObjectMapper json;

    public EventConsumer(VoortgangService voortgang, ObjectMapper json) {
        this.voortgang = voortgang;
        this.json = json;
    }

    /** One handler for every producing service's topic: the projections sort events out by type. */
    @Incoming("intake-events")
    @Incoming("assessment-events")
    @Incoming("trajecten-events")
    @Incoming("werkgevers-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return handle(record);
    }

    Uni<Void> handle(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = CloudEvent.parse(json, record.value());
        } catch (CloudEvent.MalformedEventException e) {
            LOG.warnf("Skipped unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return voortgang.apply(event).replaceWithVoid()
                .onFailure().invoke(e -> LOG.errorf("Could not apply event %s (%s) from %s-%d@%d: %s at %s", event.id(),
                        event.type(), record.topic(), record.partition(), record.offset(), e.getClass().getName(),
                        e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
    }
}
