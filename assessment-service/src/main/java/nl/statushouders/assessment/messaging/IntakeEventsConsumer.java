package nl.statushouders.assessment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.assessment.service.IntakeEventHandler;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads intake's events: who is registered in which gemeente, and startgesprekken that ask for an
 * assessment. An unreadable record is logged by position only (never its content) and skipped; a
 * failure while applying goes to the dead-letter topic, and processing continues.
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    private static final Logger LOG = Logger.getLogger(IntakeEventsConsumer.class);

    private final IntakeEventHandler handler;
    private final OutboxRelay relay;
    private final ObjectMapper json;

    public IntakeEventsConsumer(IntakeEventHandler handler, OutboxRelay relay, ObjectMapper json) {
        this.handler = handler;
        this.relay = relay;
        this.json = json;
    }

    @Incoming("intake-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = CloudEvent.parse(json, record.value());
        } catch (CloudEvent.MalformedEventException e) {
            LOG.warnf("Skipped unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Uni.createFrom().voidItem();
        }
        // Deferred, so a payload that fails while being read is logged and dead-lettered like any failure.
        return Uni.createFrom().deferred(() -> handler.apply(event))
                // An invitation wrote to the outbox: publish it now rather than at the next poll.
                .invoke(applied -> relay.wakeUp())
                .replaceWithVoid()
                .onFailure().invoke(e -> LOG.errorf("Could not apply event %s (%s) from %s-%d@%d: %s at %s", event.id(),
                        event.type(), record.topic(), record.partition(), record.offset(), e.getClass().getName(),
                        e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
    }
}
