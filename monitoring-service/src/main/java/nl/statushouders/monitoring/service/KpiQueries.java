package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Drempels;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.Kpis;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the KPI figures in PostgreSQL, per gemeente and cohort, over the projection's narrow rows: two
 * grouped statements whatever the number of files. What may be shown of the counts is {@link Kpis}'s rule.
 */
@ApplicationScoped
public class KpiQueries {

    private static final Map<Fase, String> MIJLPAAL = Map.of(Fase.AANGEMELD, "aangemeld_op",
            Fase.STARTGESPREK, "startgesprek_op", Fase.WERKGESPREK, "werkgesprek_op", Fase.IN_TRAJECT, "in_traject_op");

    private final Drempels drempels;

    public KpiQueries(Drempels drempels) {
        this.drempels = drempels;
    }

    public Uni<List<Kpis.Cohort>> kpis(Set<String> gemeenten, Optional<String> cohort, LocalDate vandaag) {
        String where = " from voortgang_lijst v where v.gemeente in (:gemeenten) and v.cohort is not null"
                + (cohort.isPresent() ? " and v.cohort = :cohort" : "");
        String totalen = "select v.gemeente, v.cohort, count(*)" + medianen() + termijn() + uitstroom() + fasen() + where
                + " group by v.gemeente, v.cohort";
        String soorten = "select v.gemeente, v.cohort, t.soort, count(*)"
                + where.replace(" where ", ", unnest(v.trajectsoorten) as t(soort) where ")
                + " group by v.gemeente, v.cohort, t.soort";
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> {
            // The medians sort a cohort's durations: in memory, not on disk, for a hundred thousand files.
            Uni<Integer> geheugen = s.createNativeQuery("set local work_mem = '32MB'").executeUpdate();
            Uni<List<Object[]>> t = bind(s.createNativeQuery(totalen, Object[].class), gemeenten, cohort, vandaag).getResultList();
            Uni<List<Object[]>> k = bind(s.createNativeQuery(soorten, Object[].class), gemeenten, cohort, null).getResultList();
            // One session runs one statement at a time: chained, not combined.
            return geheugen.chain(() -> t.chain(rt -> k.map(rk -> cohorten(rt, rk))));
        }));
    }

    private static String medianen() {
        StringBuilder sql = new StringBuilder();
        Kpis.INTERVALLEN.values().forEach(fasen -> {
            String van = MIJLPAAL.get(fasen.get(0));
            String tot = MIJLPAAL.get(fasen.get(1));
            String beide = van + " is not null and " + tot + " is not null";
            sql.append(", percentile_cont(0.5) within group (order by ").append(tot).append(" - ").append(van)
                    .append(") filter (where ").append(beide).append("), count(*) filter (where ").append(beide).append(")");
        });
        return sql.toString();
    }

    /** Of those whose term has passed, how many had their werkgesprek within it. */
    private String termijn() {
        String grens = "aangemeld_op + " + drempels.werkgesprekBinnenWeken() * 7;
        return ", count(*) filter (where " + grens + " <= :vandaag)"
                + ", count(*) filter (where " + grens + " <= :vandaag and werkgesprek_op <= " + grens + ")";
    }

    /** Of those registered at least so many months ago, how many had work or education within that time. */
    private static String uitstroom() {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= Kpis.UITSTROOM_MAANDEN.size(); i++) {
            String grens = "uitstroom_grenzen[" + i + "]";
            sql.append(", count(*) filter (where ").append(grens).append(" <= :vandaag)")
                    .append(", count(*) filter (where ").append(grens).append(" <= :vandaag and werk_of_opleiding_op <= ")
                    .append(grens).append(")");
        }
        return sql.toString();
    }

    private static String fasen() {
        StringBuilder sql = new StringBuilder();
        for (Fase f : Fase.values()) {
            sql.append(", count(*) filter (where fase = '").append(f.name()).append("')");
        }
        return sql.toString();
    }

    private static Mutiny.SelectionQuery<Object[]> bind(Mutiny.SelectionQuery<Object[]> query, Set<String> gemeenten,
                                                        Optional<String> cohort, LocalDate vandaag) {
        query.setParameter("gemeenten", gemeenten);
        cohort.ifPresent(c -> query.setParameter("cohort", c));
        if (vandaag != null) {
            query.setParameter("vandaag", vandaag);
        }
        return query;
    }

    private static List<Kpis.Cohort> cohorten(List<Object[]> totalen, List<Object[]> soorten) {
        Map<String, Map<String, Long>> perSoort = new HashMap<>();
        for (Object[] r : soorten) {
            perSoort.computeIfAbsent(sleutel(r), k -> new TreeMap<>()).put((String) r[2], getal(r[3]));
        }
        // Sorted by gemeente, then cohort: both are plain ASCII, so Java's order is the database's.
        Map<String, Kpis.Cohort> gesorteerd = new TreeMap<>();
        for (Object[] r : totalen) {
            int i = 3;
            Map<String, Kpis.Mediaan> medianen = new LinkedHashMap<>();
            for (String naam : Kpis.INTERVALLEN.keySet()) {
                Object waarde = r[i++];
                long over = getal(r[i++]);
                if (waarde != null) {
                    medianen.put(naam, new Kpis.Mediaan(((Number) waarde).doubleValue(), over));
                }
            }
            Kpis.Aandeel binnenTermijn = new Kpis.Aandeel(getal(r[i + 1]), getal(r[i]));
            i += 2;
            Map<Integer, Kpis.Aandeel> uitstroom = new HashMap<>();
            for (int maanden : Kpis.UITSTROOM_MAANDEN) {
                uitstroom.put(maanden, new Kpis.Aandeel(getal(r[i + 1]), getal(r[i])));
                i += 2;
            }
            Map<Fase, Long> perFase = new EnumMap<>(Fase.class);
            for (Fase f : Fase.values()) {
                perFase.put(f, getal(r[i++]));
            }
            String sleutel = sleutel(r);
            gesorteerd.put(sleutel, Kpis.toonbaar(new Kpis.Telling((String) r[0], (String) r[1], getal(r[2]),
                    perFase, medianen, binnenTermijn,
                    perSoort.getOrDefault(sleutel, new TreeMap<>()), uitstroom)));
        }
        return new ArrayList<>(gesorteerd.values());
    }

    private static String sleutel(Object[] r) {
        return r[0] + "\u0000" + r[1];
    }

    private static long getal(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
