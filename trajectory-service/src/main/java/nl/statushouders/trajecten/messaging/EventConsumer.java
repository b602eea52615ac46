package nl.statushouders.trajecten.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.trajecten.service.InkomendeEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads intake, assessment and werkgevers events. An unreadable record is logged by position only
 * (never its content) and skipped; a failure while applying goes to the dead-letter topic.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final InkomendeEvents inkomend;
    private final ObjectMapper json;

    public EventConsumer(InkomendeEvents inkomend, ObjectMapper json) {
        this.inkomend = inkomend;
        this.json = json;
    }

    @Incoming("intake-events")
    @Incoming("assessment-events")
    @Incoming("werkgevers-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = CloudEvent.parse(json, record.value());
        } catch (CloudEvent.MalformedEventException e) {
            LOG.warnf("Skipped unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Uni.createFrom().voidItem();
        }
        return inkomend.apply(event).replaceWithVoid()
                .onFailure().invoke(e -> LOG.errorf("Could not apply event %s (%s) from %s-%d@%d: %s", event.id(),
                        event.type(), record.topic(), record.partition(), record.offset(), e.getClass().getName()));
    }
}
