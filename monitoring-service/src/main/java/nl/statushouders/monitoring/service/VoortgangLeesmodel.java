package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.statushouders.monitoring.domain.Voortgang;
import nl.statushouders.monitoring.domain.VoortgangProjector;
import nl.statushouders.platform.rebuild.ReadModel;
import nl.statushouders.platform.rebuild.ReceivedEvents;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The progress projection, rebuilt per statushouder from the events monitoring received. */
@ApplicationScoped
public class VoortgangLeesmodel implements ReadModel {

    private final ReceivedEvents received;
    private final VoortgangService voortgang;

    public VoortgangLeesmodel(ReceivedEvents received, VoortgangService voortgang) {
        this.received = received;
        this.voortgang = voortgang;
    }

    @Override
    public String name() {
        return "voortgang";
    }

    @Override
    public Uni<Long> events() {
        return received.count(VoortgangService.CONSUMER);
    }

    @Override
    public Uni<List<String>> keys(String after, int limit) {
        return received.keys(VoortgangService.CONSUMER, after, limit);
    }

    @Override
    public Uni<Long> rebuild(List<String> keys) {
        List<UUID> ids = keys.stream().map(UUID::fromString).toList();
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                                "from VoortgangRecord v where v.statushouderId in :ids order by v.statushouderId", VoortgangRecord.class)
                        .setParameter("ids", ids)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList()
                        .chain(rows -> received.of(VoortgangService.CONSUMER, keys).chain(history -> {
                            Map<UUID, VoortgangRecord> bestaand = rows.stream()
                                    .collect(Collectors.toMap(r -> r.statushouderId, Function.identity()));
                            long events = 0;
                            List<Object> nieuw = new java.util.ArrayList<>();
                            for (var entry : history.entrySet()) {
                                UUID id = UUID.fromString(entry.getKey());
                                Voortgang v = VoortgangProjector.fold(id, entry.getValue().get(0).gemeente(), entry.getValue());
                                events += entry.getValue().size();
                                VoortgangRecord record = bestaand.get(id);
                                if (record == null) {
                                    record = new VoortgangRecord();
                                    nieuw.add(record);
                                }
                                voortgang.write(record, v);
                            }
                            long gelezen = events;
                            return s.persistAll(nieuw.toArray()).chain(s::flush).replaceWith(gelezen);
                        })));
    }
}
