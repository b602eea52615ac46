package nl.statushouders.monitoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Aggregate figures per cohort (registration quarter) and gemeente, as a pure function. Never a
 * person: groups smaller than {@link #MINIMALE_GROEP} show only their size, so nobody can be
 * recognised from a median or a share.
 */
public final class Kpis {

    public static final int MINIMALE_GROEP = 5;
    static final List<Integer> UITSTROOM_MAANDEN = List.of(6, 12, 24);

    /** The figures of one cohort in one gemeente. */
    public record Cohort(String gemeente, String cohort, long aantal, Map<Fase, Long> perFase,
                         Map<String, Double> mediaanDagen, Double aandeelWerkgesprekBinnenTermijn,
                         Map<String, Long> trajectenPerSoort, Map<String, Double> aandeelWerkOfOpleiding) {
    }

    private Kpis() {
    }

    /** 2026-07-14 -> 2026-Q3. */
    public static String cohortVan(LocalDate aangemeld) {
        return aangemeld.getYear() + "-Q" + aangemeld.get(IsoFields.QUARTER_OF_YEAR);
    }

    public static List<Cohort> bereken(List<Voortgang> alle, Optional<String> cohort, LocalDate vandaag, Drempels d) {
        Map<String, Map<String, List<Voortgang>>> groepen = new TreeMap<>();
        for (Voortgang v : alle) {
            LocalDate aangemeld = v.mijlpalen().get(Fase.AANGEMELD);
            if (aangemeld == null || cohort.filter(c -> !c.equals(cohortVan(aangemeld))).isPresent()) {
                continue;
            }
            groepen.computeIfAbsent(v.gemeente(), g -> new TreeMap<>())
                    .computeIfAbsent(cohortVan(aangemeld), c -> new ArrayList<>()).add(v);
        }
        List<Cohort> uitkomst = new ArrayList<>();
        groepen.forEach((gemeente, perCohort) -> perCohort.forEach((c, groep) ->
                uitkomst.add(cohort(gemeente, c, groep, vandaag, d))));
        return uitkomst;
    }

    private static Cohort cohort(String gemeente, String cohort, List<Voortgang> groep, LocalDate vandaag, Drempels d) {
        Map<Fase, Long> perFase = new EnumMap<>(Fase.class);
        for (Fase f : Fase.values()) {
            perFase.put(f, groep.stream().filter(v -> v.fase() == f).count());
        }
        if (groep.size() < MINIMALE_GROEP) {
            return new Cohort(gemeente, cohort, groep.size(), perFase, Map.of(), null, Map.of(), Map.of());
        }
        Map<String, Double> mediaan = new LinkedHashMap<>();
        mediaan.put("aanmeldingTotStartgesprek", mediaan(groep, Fase.AANGEMELD, Fase.STARTGESPREK));
        mediaan.put("startgesprekTotWerkgesprek", mediaan(groep, Fase.STARTGESPREK, Fase.WERKGESPREK));
        mediaan.put("werkgesprekTotTraject", mediaan(groep, Fase.WERKGESPREK, Fase.IN_TRAJECT));
        mediaan.values().removeIf(java.util.Objects::isNull);

        List<Voortgang> termijnVerstreken = groep.stream().filter(v -> !v.mijlpalen().get(Fase.AANGEMELD)
                .plusWeeks(d.werkgesprekBinnenWeken()).isAfter(vandaag)).toList();
        Double binnenTermijn = aandeel(termijnVerstreken, v -> {
            LocalDate wg = v.mijlpalen().get(Fase.WERKGESPREK);
            return wg != null && !wg.isAfter(v.mijlpalen().get(Fase.AANGEMELD).plusWeeks(d.werkgesprekBinnenWeken()));
        });

        Map<String, Long> perSoort = groep.stream().flatMap(v -> v.trajecten().values().stream())
                .filter(t -> t.soort() != null)
                .collect(Collectors.groupingBy(Traject::soort, TreeMap::new, Collectors.counting()));

        Map<String, Double> werkOfOpleiding = new LinkedHashMap<>();
        for (int maanden : UITSTROOM_MAANDEN) {
            List<Voortgang> lang = groep.stream().filter(v -> !v.mijlpalen().get(Fase.AANGEMELD).plusMonths(maanden)
                    .isAfter(vandaag)).toList();
            Double share = lang.size() < MINIMALE_GROEP ? null : aandeel(lang, v -> werkOfOpleidingBinnen(v, maanden));
            if (share != null) {
                werkOfOpleiding.put(maanden + "Maanden", share);
            }
        }
        return new Cohort(gemeente, cohort, groep.size(), perFase, mediaan, binnenTermijn, perSoort, werkOfOpleiding);
    }

    private static boolean werkOfOpleidingBinnen(Voortgang v, int maanden) {
        LocalDate grens = v.mijlpalen().get(Fase.AANGEMELD).plusMonths(maanden);
        return v.trajecten().values().stream().anyMatch(t -> t.startdatum() != null && !t.startdatum().isAfter(grens)
                && t.status() != Traject.Status.GEPLAND
                && (t.isOpleiding() || "BETAALD_WERK".equals(t.soort()) || "ONDERNEMERSCHAP".equals(t.soort())));
    }

    private static Double mediaan(List<Voortgang> groep, Fase van, Fase tot) {
        List<Long> dagen = groep.stream()
                .filter(v -> v.mijlpalen().containsKey(van) && v.mijlpalen().containsKey(tot))
                .map(v -> ChronoUnit.DAYS.between(v.mijlpalen().get(van), v.mijlpalen().get(tot)))
                .sorted(Comparator.naturalOrder()).toList();
        if (dagen.size() < MINIMALE_GROEP) {
            return null;
        }
        int n = dagen.size();
        return n % 2 == 1 ? dagen.get(n / 2) : (dagen.get(n / 2 - 1) + dagen.get(n / 2)) / 2.0;
    }

    private static Double aandeel(List<Voortgang> groep, Function<Voortgang, Boolean> voorwaarde) {
        if (groep.size() < MINIMALE_GROEP) {
            return null;
        }
        long ja = groep.stream().filter(voorwaarde::apply).count();
        return Math.round(1000.0 * ja / groep.size()) / 1000.0;
    }
}
