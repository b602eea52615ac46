package nl.statushouders.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.EventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads intake's events: who is registered in which gemeente, and startgesprekken that ask for an assessment.
 * Retries, parking, dead letters and the stop-time behaviour: {@link EventRecords}; what an event
 * does here: the service's {@link nl.statushouders.platform.consumer.EventHandler}.
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    private final EventRecords records;

    public IntakeEventsConsumer(EventRecords records) {
        this.records = records;
    }

    @Incoming("intake-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return records.handle(record);
    }
}
