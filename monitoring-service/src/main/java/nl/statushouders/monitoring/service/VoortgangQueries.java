package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.Signaal;
import nl.statushouders.monitoring.domain.Voortgang;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The list views, filtered, sorted and paged in PostgreSQL over the projection's narrow rows
 * ({@link nl.statushouders.monitoring.domain.Kenmerken}): the work and the memory of a request grow
 * with the page, not with the number of files in the gemeente. Only the page's documents are read.
 */
@ApplicationScoped
public class VoortgangQueries {

    /** One page of projections and how many match in all. */
    public record Pagina(List<Voortgang> voortgang, long totaal) {
    }

    /**
     * Brings the stored signal standing up to date for rows whose period has passed (a signal that
     * began or ended since the row was written): computed from the row's signal terms as
     * {@link nl.statushouders.monitoring.domain.Kenmerken#standOp} does. Usually no row, found by index.
     * Rows another transaction holds (the consumer writing them, or another reader updating them) are
     * skipped rather than waited for: no lock-order deadlock, and whoever holds them writes them.
     */
    static final String BIJWERKEN = """
            with verlopen as (
                select statushouder_id from voortgang_lijst where stand_tot <= :vandaag or stand_van > :vandaag
                for update skip locked)
            update voortgang_lijst v set stand_aantal = x.aantal, stand_eerste = x.eerste, stand_soorten = x.soorten,
                   stand_van = x.van, stand_tot = x.tot
            from voortgang_lijst w cross join lateral (
                select count(*) filter (where s.vanaf <= :vandaag and s.tot > :vandaag) as aantal,
                       min(s.sinds) filter (where s.vanaf <= :vandaag and s.tot > :vandaag) as eerste,
                       coalesce(array_agg(s.soort) filter (where s.vanaf <= :vandaag and s.tot > :vandaag), '{}') as soorten,
                       greatest(max(s.vanaf) filter (where s.vanaf <= :vandaag), max(s.tot) filter (where s.tot <= :vandaag),
                                '-infinity'::date) as van,
                       least(min(s.vanaf) filter (where s.vanaf > :vandaag), min(s.tot) filter (where s.tot > :vandaag),
                             'infinity'::date) as tot
                from unnest(w.signaal_soort, w.signaal_sinds, w.signaal_vanaf, w.signaal_tot) as s(soort, sinds, vanaf, tot)) x
            where v.statushouder_id = w.statushouder_id and w.statushouder_id in (select statushouder_id from verlopen)
            """;

    private final VoortgangService voortgang;

    public VoortgangQueries(VoortgangService voortgang) {
        this.voortgang = voortgang;
    }

    /**
     * The caseload order: most signals today first, then the longest-standing signal, then longest
     * in the phase (unknown counts as since today), then the id for a stable order.
     */
    public Uni<Pagina> caseload(Set<String> gemeenten, String werkmatcher, Fase fase, Signaal signaal, LocalDate vandaag,
                                int offset, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("gemeenten", gemeenten, "vandaag", vandaag));
        StringBuilder where = new StringBuilder("v.gemeente in (:gemeenten)");
        if (werkmatcher != null) {
            where.append(" and v.werkmatcher = :werkmatcher");
            params.put("werkmatcher", werkmatcher);
        }
        if (fase != null) {
            where.append(" and v.fase = :fase");
            params.put("fase", fase.name());
        }
        if (signaal != null) {
            where.append(" and cast(:signaal as text) = any(v.stand_soorten)");
            params.put("signaal", signaal.name());
        }
        return page(where.toString(), "v.stand_aantal desc, v.stand_eerste asc nulls last, "
                + "coalesce(v.fase_sinds, :vandaag) asc, v.statushouder_id", vandaag, offset, limit, params);
    }

    /** The meeting agenda: an open signal today, or an event on or after {@code gewijzigdVanaf}; most signals first, then by name. */
    public Uni<Pagina> agenda(Set<String> gemeenten, Instant gewijzigdVanaf, LocalDate vandaag, int offset, int limit) {
        return page("v.gemeente in (:gemeenten) and (v.stand_aantal > 0 or v.laatst_gewijzigd >= :gewijzigd)",
                "v.stand_aantal desc, v.sorteernaam asc, v.statushouder_id", vandaag, offset, limit,
                Map.of("gemeenten", gemeenten, "gewijzigd", gewijzigdVanaf));
    }

    /**
     * Four short statements in one transaction: bring the standing up to date, the ids of the page
     * (a top-N sort over narrow rows), their documents, and the total.
     */
    private Uni<Pagina> page(String where, String order, LocalDate vandaag, int offset, int limit, Map<String, Object> params) {
        // An erased statushouder counts in the KPIs only: never on a list.
        String shown = "not v.verwijderd and " + where;
        String ids = "select v.statushouder_id from voortgang_lijst v where " + shown + " order by " + order
                + " offset " + offset + " limit " + limit;
        String totaal = "select count(*) from voortgang_lijst v where " + shown;
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(BIJWERKEN)
                .setParameter("vandaag", vandaag).executeUpdate()
                .chain(() -> bind(s.createNativeQuery(ids, UUID.class), ids, params).getResultList())
                .chain(page -> page.isEmpty() ? Uni.createFrom().item(List.<Voortgang>of()) : s.createNativeQuery(
                                "select document from voortgang where statushouder_id in (:ids)", String.class)
                        .setParameter("ids", page).getResultList()
                        .map(documents -> inOrder(page, documents)))
                .chain(voortgang -> bind(s.createNativeQuery(totaal, Long.class), totaal, params)
                        .getSingleResult().map(n -> new Pagina(voortgang, n)))));
    }

    private List<Voortgang> inOrder(List<UUID> ids, List<String> documents) {
        Map<UUID, Voortgang> byId = new HashMap<>();
        documents.forEach(d -> {
            Voortgang v = voortgang.read(d);
            byId.put(v.statushouderId(), v);
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Binds the parameters the statement uses. */
    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, String sql, Map<String, Object> params) {
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }
}
