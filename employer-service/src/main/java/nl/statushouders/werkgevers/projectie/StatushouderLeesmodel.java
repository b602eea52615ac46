package nl.statushouders.werkgevers.projectie;

import jakarta.inject.Singleton;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.rebuild.ReceivedEvents;
import nl.statushouders.platform.rebuild.ReceivedReadModel;
import nl.statushouders.werkgevers.service.StatushouderRecord;
import nl.statushouders.werkgevers.service.StatushouderService;

import java.util.List;
import java.util.UUID;

/**
 * The statushouder rows, rebuilt per statushouder from the intake, assessment and trajecten events
 * this service received; the rows are locked first, as the consumer locks them per event.
 */
@Singleton
public class StatushouderLeesmodel extends ReceivedReadModel<StatushouderRecord> {

    private final StatushouderProjectie projectie;

    public StatushouderLeesmodel(ReceivedEvents received, StatushouderProjectie projectie) {
        super(StatushouderRecord.class, r -> r.id, received, StatushouderService.CONSUMER);
        this.projectie = projectie;
    }

    @Override
    public String name() {
        return "statushouders";
    }

    @Override
    protected StatushouderRecord fold(StatushouderRecord existing, UUID key, List<CloudEvent> history) {
        StatushouderRecord record = existing != null ? existing : new StatushouderRecord();
        projectie.begin(record, key, history.get(0));
        history.forEach(event -> projectie.apply(record, event));
        return record;
    }
}
