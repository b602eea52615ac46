package nl.statushouders.intake.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import nl.statushouders.intake.domain.event.IntakeEvent;
import nl.statushouders.intake.domain.event.StatushouderVerwijderd;
import nl.statushouders.intake.domain.event.IntakeEvents;
import nl.statushouders.intake.mapping.IntakeMapper;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.rebuild.StreamReadModel;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * The {@code statushouder} table, rebuilt per intake file from its event stream.
 *
 * <p>The table is two things at once. BSN and V-nummer are a store of record: they are never in an
 * event (they must not leave this service), so no history can restore them and a rebuild never
 * touches them. Every other column is a projection of the stream and is recomputed by the same
 * {@link IntakeMapper#project} the commands use. A stream whose row is gone cannot be rebuilt (its
 * BSN is gone with it): it is skipped and counted, and only the count is logged, no personal data.
 */
@Singleton
public class StatushouderLeesmodel extends StreamReadModel<StatushouderRecord, IntakeEvent> {

    private static final Logger LOG = Logger.getLogger(StatushouderLeesmodel.class);

    private final IntakeMapper mapper;
    private final Counter overgeslagen;
    private final Counter gewist;

    public StatushouderLeesmodel(EventStore store, IntakeMapper mapper, MeterRegistry registry) {
        // The row a command locks (IntakeService.wijzig) is the row the rebuild locks.
        super(StatushouderRecord.class, r -> r.id, store, IntakeService.STREAM_TYPE, IntakeEvents.REGISTRY);
        this.mapper = mapper;
        this.overgeslagen = Counter.builder("intake.rebuild.files.skipped")
                .description("Intake files a rebuild skipped because their row (with the BSN) is missing")
                .register(registry);
        this.gewist = Counter.builder("intake.rebuild.files.erased")
                .description("Erased intake files a rebuild left erased (no row: nothing of them is kept)")
                .register(registry);
    }

    @Override
    public String name() {
        return "statushouder";
    }

    @Override
    protected StatushouderRecord fold(StatushouderRecord existing, UUID key, List<RecordedEvent<IntakeEvent>> history) {
        if (existing == null && history.stream().anyMatch(r -> r.event() instanceof StatushouderVerwijderd)) {
            gewist.increment(); // erased on purpose: not a damaged read model, so no warning
            return null;
        }
        if (existing == null) {
            overgeslagen.increment();
            LOG.warn("Rebuild skipped an intake file without a row: its BSN is in no event");
            return null;
        }
        mapper.project(existing, history);
        return existing;
    }
}
