package nl.statushouders.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.assessment.service.IntakeEventHandler;
import nl.statushouders.platform.consumer.EventRecords;
import nl.statushouders.platform.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads intake's events: who is registered in which gemeente, and startgesprekken that ask for an
 * assessment. Reading, skipping unreadable records, dead-lettering failures and the stop-time
 * behaviour: {@link EventRecords}.
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    private final EventRecords records;
    private final IntakeEventHandler handler;
    private final OutboxRelay relay;

    public IntakeEventsConsumer(EventRecords records, IntakeEventHandler handler, OutboxRelay relay) {
        this.records = records;
        this.handler = handler;
        this.relay = relay;
    }

    @Incoming("intake-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        // An invitation wrote to the outbox: publish it now rather than at the next poll.
        return records.handle(record, event -> handler.apply(event).invoke(applied -> relay.wakeUp()));
    }
}
