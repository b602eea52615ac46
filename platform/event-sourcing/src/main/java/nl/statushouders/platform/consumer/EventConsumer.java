package nl.statushouders.platform.consumer;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consuming service's one channel {@code events}: batches from every topic it reads (the channel's
 * {@code topics}), handed to {@link EventRecords} (retries, parking, dead letters, the stop-time
 * behaviour), which applies each event with the service's {@link EventHandler}. Only in services
 * built with {@code platform.consumer.enabled=true}; intake consumes nothing.
 */
@ApplicationScoped
@IfBuildProperty(name = "platform.consumer.enabled", stringValue = "true")
public class EventConsumer {

    private final EventRecords records;

    public EventConsumer(EventRecords records) {
        this.records = records;
    }

    @Incoming("events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return records.handleBatch(EventRecords.deliveries(batch)).chain(() -> Uni.createFrom().completionStage(batch.ack()));
    }
}
