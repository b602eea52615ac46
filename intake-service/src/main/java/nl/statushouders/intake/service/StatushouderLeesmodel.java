package nl.statushouders.intake.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.intake.domain.event.IntakeEvent;
import nl.statushouders.intake.domain.event.IntakeEvents;
import nl.statushouders.intake.mapping.IntakeMapper;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.EventStream;
import nl.statushouders.platform.rebuild.ReadModel;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code statushouder} table, rebuilt per intake file from its event stream.
 *
 * <p>The table is two things at once. BSN and V-nummer are a store of record: they are never in an
 * event (they must not leave this service), so no history can restore them and a rebuild never
 * touches them. Every other column is a projection of the stream and is recomputed by the same
 * {@link IntakeMapper#project} the commands use. A stream whose row is gone cannot be rebuilt (its
 * BSN is gone with it): it is skipped and counted, and only the count is logged, no personal data.
 */
@ApplicationScoped
public class StatushouderLeesmodel implements ReadModel {

    private static final Logger LOG = Logger.getLogger(StatushouderLeesmodel.class);

    private final EventStore store;
    private final IntakeMapper mapper;
    private final Counter overgeslagen;

    public StatushouderLeesmodel(EventStore store, IntakeMapper mapper, MeterRegistry registry) {
        this.store = store;
        this.mapper = mapper;
        this.overgeslagen = Counter.builder("intake.rebuild.files.skipped")
                .description("Intake files a rebuild skipped because their row (with the BSN) is missing")
                .register(registry);
    }

    @Override
    public String name() {
        return "statushouder";
    }

    @Override
    public Uni<Long> events() {
        return store.count(IntakeService.STREAM_TYPE);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return store.streamIds(IntakeService.STREAM_TYPE, after, limit);
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        // Lock first, as a command does (IntakeService.wijzig): a command on one of these files
        // committed before and is in the history read below, or waits and applies to the rebuilt row.
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                                "from StatushouderRecord r where r.id in :ids order by r.id", StatushouderRecord.class)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .chain(rows -> store.loadAll(keys, IntakeEvents.REGISTRY).chain(streams -> {
                            Map<UUID, StatushouderRecord> bestaand = rows.stream()
                                    .collect(Collectors.toMap(r -> r.id, Function.identity()));
                            long events = 0;
                            int zonderRij = 0;
                            for (EventStream<IntakeEvent> stream : streams) {
                                events += stream.events().size();
                                StatushouderRecord record = bestaand.get(UUID.fromString(stream.streamId()));
                                if (record == null) {
                                    zonderRij++;
                                } else {
                                    mapper.project(record, stream.events());
                                }
                            }
                            if (zonderRij > 0) {
                                overgeslagen.increment(zonderRij);
                                LOG.warnf("Rebuild skipped %d intake file(s) without a row: their BSN is in no event", zonderRij);
                            }
                            long gelezen = events;
                            return s.flush().replaceWith(gelezen);
                        })));
    }
}
