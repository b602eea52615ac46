package nl.statushouders.werkgevers.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.werkgevers.service.StatushouderService;
import nl.statushouders.platform.consumer.EventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns about statushouders from intake, assessment and trajecten. Reading, skipping unreadable records, dead-lettering failures and
 * the stop-time behaviour: {@link EventRecords}.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventRecords records;
    private final StatushouderService statushouders;

    public EventConsumer(EventRecords records, StatushouderService statushouders) {
        this.records = records;
        this.statushouders = statushouders;
    }

    @Incoming("intake-events")
    @Incoming("assessment-events")
    @Incoming("trajecten-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return records.handle(record, statushouders::apply);
    }
}
