package nl.statushouders.assessment.service;

import jakarta.inject.Singleton;
import nl.statushouders.assessment.domain.event.AssessmentEvent;
import nl.statushouders.assessment.domain.event.AssessmentEvents;
import nl.statushouders.assessment.mapping.AssessmentMapper;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.rebuild.StreamReadModel;

import java.util.List;
import java.util.UUID;

/**
 * The {@code assessment} table, rebuilt per assessment from its event stream with the mapper the
 * commands use; the row a command locks (AssessmentRecord.voorWijziging) is the row the rebuild locks.
 */
@Singleton
public class AssessmentLeesmodel extends StreamReadModel<AssessmentRecord, AssessmentEvent> {

    private final AssessmentMapper mapper;

    public AssessmentLeesmodel(EventStore store, AssessmentMapper mapper) {
        super(AssessmentRecord.class, r -> r.id, store, AssessmentService.STREAM_TYPE, AssessmentEvents.REGISTRY);
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    protected UUID statushouder(AssessmentRecord row) {
        return row.statushouderId;
    }

    @Override
    protected AssessmentRecord fold(AssessmentRecord existing, UUID key, List<RecordedEvent<AssessmentEvent>> history) {
        if (existing == null) {
            return mapper.toRecord(key, history);
        }
        mapper.project(existing, history);
        return existing;
    }
}
