package nl.statushouders.assessment.service;

import jakarta.inject.Singleton;
import nl.statushouders.assessment.mapping.StatushouderMapper;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.rebuild.ReceivedEvents;
import nl.statushouders.platform.rebuild.ReceivedReadModel;

import java.util.List;
import java.util.UUID;

/**
 * The known statushouders ({@code statushouder}), rebuilt per statushouder from the intake events
 * the consumer kept. Only the read-model part is refolded: the invitations a startgesprek led to are
 * in the event store already (rebuilt by {@link AssessmentLeesmodel}) and are never asked for again.
 */
@Singleton
public class StatushouderLeesmodel extends ReceivedReadModel<StatushouderRecord> {

    private final StatushouderMapper mapper;

    public StatushouderLeesmodel(ReceivedEvents received, StatushouderMapper mapper) {
        super(StatushouderRecord.class, r -> r.id, received, IntakeEventHandler.CONSUMER);
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "statushouder";
    }

    @Override
    protected StatushouderRecord fold(StatushouderRecord existing, UUID key, List<CloudEvent> history) {
        if (existing == null) {
            return mapper.toRecord(key, history);
        }
        // Refolded from the start: the history says which gemeente, not the (possibly damaged) row.
        existing.gemeente = null;
        mapper.project(existing, history);
        return existing;
    }
}
