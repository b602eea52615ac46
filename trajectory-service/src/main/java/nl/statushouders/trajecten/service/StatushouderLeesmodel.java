package nl.statushouders.trajecten.service;

import jakarta.inject.Singleton;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.rebuild.ReceivedEvents;
import nl.statushouders.platform.rebuild.ReceivedReadModel;

import java.util.List;
import java.util.UUID;

/**
 * The {@code statushouder} rows, rebuilt per statushouder from the events this service received.
 * Only the read model: a match-accepted is not planned again, its trajectory is in the event store
 * and rebuilt by {@link TrajectLeesmodel}. No column of the row comes from the own streams. The row
 * is the one the consumer and the commands lock too.
 */
@Singleton
public class StatushouderLeesmodel extends ReceivedReadModel<StatushouderRecord> {

    public StatushouderLeesmodel(ReceivedEvents received) {
        super(StatushouderRecord.class, r -> r.id, received, InkomendeEvents.CONSUMER);
    }

    @Override
    public String name() {
        return "statushouders";
    }

    @Override
    protected StatushouderRecord fold(StatushouderRecord existing, UUID key, List<CloudEvent> history) {
        StatushouderRecord record = existing != null ? existing : new StatushouderRecord();
        StatushouderProjectie.fold(record, key, history);
        return record;
    }
}
