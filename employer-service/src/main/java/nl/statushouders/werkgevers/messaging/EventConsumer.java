package nl.statushouders.werkgevers.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.werkgevers.service.StatushouderService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Learns about statushouders from intake, assessment and trajecten. An unreadable record is
 * logged by position only (never its content) and skipped; a failure while applying goes to the
 * dead-letter topic, and processing continues.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final StatushouderService statushouders;
    private final ObjectMapper json;

    public EventConsumer(StatushouderService statushouders, ObjectMapper json) {
        this.statushouders = statushouders;
        this.json = json;
    }

    @Incoming("intake-events")
    @Incoming("assessment-events")
    @Incoming("trajecten-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = CloudEvent.parse(json, record.value());
        } catch (CloudEvent.MalformedEventException e) {
            LOG.warnf("Skipped unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return statushouders.apply(event).replaceWithVoid()
                .onFailure().invoke(e -> LOG.errorf("Could not apply event %s (%s) from %s-%d@%d: %s", event.id(),
                        event.type(), record.topic(), record.partition(), record.offset(), e.getClass().getName()));
    }
}
