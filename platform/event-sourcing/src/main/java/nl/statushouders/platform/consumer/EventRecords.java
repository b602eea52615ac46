package nl.statushouders.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * How every consumer handles a Kafka record: read it as a CloudEvent, apply it, and decide what a
 * failure means. An unreadable record is logged by position only (never its content) and skipped;
 * a failure while applying fails the message, so the channel's dead-letter strategy takes it.
 * Except while the service stops: then the database may already be gone, and dead-lettering would
 * lose a good event. The message is left unfinished instead, so its offset is not committed and
 * it is delivered again after the restart (consumers are idempotent).
 */
@ApplicationScoped
public class EventRecords {

    private static final Logger LOG = Logger.getLogger(EventRecords.class);

    private final ObjectMapper json;
    private volatile boolean stopping;

    public EventRecords(ObjectMapper json) {
        this.json = json;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public Uni<Void> handle(ConsumerRecord<String, String> record, Function<CloudEvent, Uni<?>> apply) {
        CloudEvent event;
        try {
            event = CloudEvent.parse(json, record.value());
        } catch (CloudEvent.MalformedEventException e) {
            LOG.warnf("Skipped unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Uni.createFrom().voidItem();
        }
        // Deferred, so a payload that fails while being read counts as any other failure.
        return Uni.createFrom().deferred(() -> apply.apply(event)).replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    if (stopping) {
                        LOG.infof("Stopping: event %s from %s-%d@%d will be delivered again after the restart",
                                event.id(), record.topic(), record.partition(), record.offset());
                        return Uni.createFrom().nothing();
                    }
                    LOG.errorf("Could not apply event %s (%s) from %s-%d@%d: %s at %s", event.id(), event.type(),
                            record.topic(), record.partition(), record.offset(), e.getClass().getName(),
                            e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
                    return Uni.createFrom().failure(e);
                });
    }
}
