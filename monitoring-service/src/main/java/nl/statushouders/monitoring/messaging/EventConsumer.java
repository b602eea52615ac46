package nl.statushouders.monitoring.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.service.VoortgangService;
import nl.statushouders.platform.consumer.EventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the projections from every producing service's topic; the projections sort events out by type. Reading, skipping unreadable records, dead-lettering failures and
 * the stop-time behaviour: {@link EventRecords}.
 */
@ApplicationScoped
public class EventConsumer {

    private final EventRecords records;
    private final VoortgangService voortgang;

    public EventConsumer(EventRecords records, VoortgangService voortgang) {
        this.records = records;
        this.voortgang = voortgang;
    }

    @Incoming("intake-events")
    @Incoming("assessment-events")
    @Incoming("trajecten-events")
    @Incoming("werkgevers-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return records.handle(record, voortgang::apply);
    }
}
