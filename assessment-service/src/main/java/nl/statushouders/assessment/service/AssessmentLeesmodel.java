package nl.statushouders.assessment.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.assessment.domain.event.AssessmentEvent;
import nl.statushouders.assessment.domain.event.AssessmentEvents;
import nl.statushouders.assessment.mapping.AssessmentMapper;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.eventsourcing.EventStream;
import nl.statushouders.platform.rebuild.ReadModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@code assessment} table, rebuilt per assessment from its event stream with the mapper the commands use. */
@ApplicationScoped
public class AssessmentLeesmodel implements ReadModel {

    private final EventStore store;
    private final AssessmentMapper mapper;

    public AssessmentLeesmodel(EventStore store, AssessmentMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    public Uni<Long> events() {
        return store.count(AssessmentService.STREAM_TYPE);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return store.streamIds(AssessmentService.STREAM_TYPE, after, limit);
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        // Lock first, as a command does (AssessmentRecord.voorWijziging): a command on one of these
        // assessments committed before and is in the history read below, or waits for this page.
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                                "from AssessmentRecord a where a.id in :ids order by a.id", AssessmentRecord.class)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .chain(rows -> store.loadAll(keys, AssessmentEvents.REGISTRY).chain(streams -> {
                            Map<UUID, AssessmentRecord> bestaand = rows.stream()
                                    .collect(Collectors.toMap(r -> r.id, Function.identity()));
                            long events = 0;
                            List<Object> nieuw = new ArrayList<>();
                            for (EventStream<AssessmentEvent> stream : streams) {
                                events += stream.events().size();
                                UUID id = UUID.fromString(stream.streamId());
                                AssessmentRecord record = bestaand.get(id);
                                if (record == null) {
                                    nieuw.add(mapper.toRecord(id, stream.events()));
                                } else {
                                    mapper.project(record, stream.events());
                                }
                            }
                            long gelezen = events;
                            // Existing rows first: a damaged row may still hold the "one open assessment"
                            // place that a missing row takes back.
                            return s.flush().chain(() -> s.persistAll(nieuw.toArray())).chain(s::flush).replaceWith(gelezen);
                        })));
    }
}
