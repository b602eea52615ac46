package nl.statushouders.werkgevers.projectie;

import jakarta.inject.Singleton;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.rebuild.StreamReadModel;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import nl.statushouders.werkgevers.service.BijeenkomstRecord;
import nl.statushouders.werkgevers.service.BijeenkomstService;

import java.util.List;
import java.util.UUID;

/** The bijeenkomst rows, one per meeting stream; a meeting is only ever scheduled, so its row is its one event. */
@Singleton
public class BijeenkomstLeesmodel extends StreamReadModel<BijeenkomstRecord, WerkgeversEvent> {

    public BijeenkomstLeesmodel(EventStore store) {
        super(BijeenkomstRecord.class, b -> b.id, store, BijeenkomstService.STREAM_TYPE, WerkgeversEvents.REGISTRY);
    }

    @Override
    public String name() {
        return "bijeenkomsten";
    }

    @Override
    protected BijeenkomstRecord fold(BijeenkomstRecord existing, UUID key, List<RecordedEvent<WerkgeversEvent>> history) {
        BijeenkomstRecord record = existing != null ? existing : new BijeenkomstRecord();
        BijeenkomstProjectie.vul(record, history.get(0));
        return record;
    }
}
