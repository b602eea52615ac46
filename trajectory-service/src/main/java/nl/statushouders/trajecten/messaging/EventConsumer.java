package nl.statushouders.trajecten.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.trajecten.service.InkomendeEvents;
import nl.statushouders.platform.consumer.EventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads intake, assessment and werkgevers events (who is who, education level, accepted matches). Reading, skipping unreadable records, dead-lettering failures and
 * the stop-time behaviour: {@link EventRecords}.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventRecords records;
    private final InkomendeEvents inkomend;

    public EventConsumer(EventRecords records, InkomendeEvents inkomend) {
        this.records = records;
        this.inkomend = inkomend;
    }

    @Incoming("intake-events")
    @Incoming("assessment-events")
    @Incoming("werkgevers-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return records.handle(record, inkomend::apply);
    }
}
