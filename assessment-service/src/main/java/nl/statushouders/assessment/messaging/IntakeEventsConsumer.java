package nl.statushouders.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.EventRecords;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
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

    @Incoming("events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return records.handleBatch(EventRecords.deliveries(batch)).chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }
}
