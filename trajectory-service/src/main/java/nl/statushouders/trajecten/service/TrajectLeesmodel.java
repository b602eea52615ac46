package nl.statushouders.trajecten.service;

import jakarta.inject.Singleton;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.rebuild.StreamReadModel;
import nl.statushouders.trajecten.domain.event.TrajectEvent;
import nl.statushouders.trajecten.domain.event.TrajectEvents;
import nl.statushouders.trajecten.mapping.TrajectMapper;

import java.util.List;
import java.util.UUID;

/**
 * The {@code traject} rows, rebuilt per trajectory from its own stream with the mapper the commands
 * use; the row a command locks is the row the rebuild locks.
 */
@Singleton
public class TrajectLeesmodel extends StreamReadModel<TrajectRecord, TrajectEvent> {

    private final TrajectMapper mapper;

    public TrajectLeesmodel(EventStore store, TrajectMapper mapper) {
        super(TrajectRecord.class, r -> r.id, store, TrajectService.STREAM_TYPE, TrajectEvents.REGISTRY);
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "trajecten";
    }

    @Override
    protected UUID statushouder(TrajectRecord row) {
        return row.statushouderId;
    }

    @Override
    protected TrajectRecord fold(TrajectRecord existing, UUID key, List<RecordedEvent<TrajectEvent>> history) {
        TrajectRecord record = existing != null ? existing : new TrajectRecord();
        history.forEach(recorded -> mapper.apply(record, recorded));
        return record;
    }
}
