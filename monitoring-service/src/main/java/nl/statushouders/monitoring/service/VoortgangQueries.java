package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.Voortgang;

import java.util.List;
import java.util.Set;

/** Reads stored projections for the list views; filters that are columns run in PostgreSQL. */
@ApplicationScoped
public class VoortgangQueries {

    private final VoortgangService voortgang;

    public VoortgangQueries(VoortgangService voortgang) {
        this.voortgang = voortgang;
    }

    public Uni<List<Voortgang>> inGemeenten(Set<String> gemeenten, String werkmatcher, Fase fase) {
        StringBuilder query = new StringBuilder("gemeente in :gemeenten");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("gemeenten", gemeenten);
        if (werkmatcher != null) {
            query.append(" and werkmatcher = :werkmatcher");
            params.and("werkmatcher", werkmatcher);
        }
        if (fase != null) {
            query.append(" and fase = :fase");
            params.and("fase", fase.name());
        }
        return Panache.withSession(() -> VoortgangRecord.<VoortgangRecord>list(query.toString(), params))
                .map(records -> records.stream().map(r -> voortgang.read(r.document)).toList());
    }
}
