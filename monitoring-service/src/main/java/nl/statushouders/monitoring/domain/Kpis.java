package nl.statushouders.monitoring.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregate figures per cohort (registration quarter) and gemeente. The counting runs in the
 * database ({@code KpiQueries}); the rules of what may be shown are here. Never a person: groups
 * smaller than {@link #MINIMALE_GROEP} show only their size, and a median or share over fewer than
 * that many people is left out, so nobody can be recognised from it.
 */
public final class Kpis {

    public static final int MINIMALE_GROEP = 5;
    public static final List<Integer> UITSTROOM_MAANDEN = List.of(6, 12, 24);
    /** The intervals whose median is shown, from one milestone to the next. */
    public static final Map<String, List<Fase>> INTERVALLEN = intervallen();
    private static final Set<String> WERK = Set.of("BETAALD_WERK", "ONDERNEMERSCHAP");

    /** The figures of one cohort in one gemeente. */
    public record Cohort(String gemeente, String cohort, long aantal, Map<Fase, Long> perFase,
                         Map<String, Double> mediaanDagen, Double aandeelWerkgesprekBinnenTermijn,
                         Map<String, Long> trajectenPerSoort, Map<String, Double> aandeelWerkOfOpleiding) {
    }

    /** A median and how many people it is taken over. */
    public record Mediaan(double dagen, long over) {
    }

    /** A share: how many of how many. */
    public record Aandeel(long ja, long van) {
    }

    /** What the database counted for one cohort in one gemeente, before the rules of what may be shown. */
    public record Telling(String gemeente, String cohort, long aantal, Map<Fase, Long> perFase,
                          Map<String, Mediaan> mediaanDagen, Aandeel werkgesprekBinnenTermijn,
                          Map<String, Long> trajectenPerSoort, Map<Integer, Aandeel> werkOfOpleidingBinnenMaanden) {
    }

    private Kpis() {
    }

    /** 2026-07-14 -> 2026-Q3. */
    public static String cohortVan(LocalDate aangemeld) {
        return aangemeld.getYear() + "-Q" + aangemeld.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** Paid work, an enterprise or education that has started counts as outflow on its start date. */
    public static boolean werkOfOpleiding(Traject t) {
        return t.startdatum() != null && t.status() != Traject.Status.GEPLAND
                && (t.isOpleiding() || WERK.contains(t.soort()));
    }

    /** The figures that may be shown of what was counted. */
    public static Cohort toonbaar(Telling t) {
        if (t.aantal() < MINIMALE_GROEP) {
            return new Cohort(t.gemeente(), t.cohort(), t.aantal(), Map.of(), Map.of(), null, Map.of(), Map.of());
        }
        Map<String, Double> mediaan = new LinkedHashMap<>();
        INTERVALLEN.keySet().forEach(naam -> {
            Mediaan m = t.mediaanDagen().get(naam);
            if (m != null && m.over() >= MINIMALE_GROEP) {
                mediaan.put(naam, m.dagen());
            }
        });
        Map<String, Double> werkOfOpleiding = new LinkedHashMap<>();
        UITSTROOM_MAANDEN.forEach(maanden -> {
            Double share = aandeel(t.werkOfOpleidingBinnenMaanden().get(maanden));
            if (share != null) {
                werkOfOpleiding.put(maanden + "Maanden", share);
            }
        });
        return new Cohort(t.gemeente(), t.cohort(), t.aantal(), onderdrukt(t.perFase()), mediaan,
                aandeel(t.werkgesprekBinnenTermijn()), onderdrukt(t.trajectenPerSoort()), werkOfOpleiding);
    }

    /**
     * Small-cell suppression of a breakdown: a count of 1 to {@link #MINIMALE_GROEP} - 1 people is shown as
     * null ("fewer than five"). When only one cell would be hidden, the smallest shown non-zero cell is hidden
     * too, so that the hidden one cannot be worked out from the total.
     */
    static <K> Map<K, Long> onderdrukt(Map<K, Long> cellen) {
        Map<K, Long> getoond = new LinkedHashMap<>(cellen);
        long verborgen = 0;
        for (Map.Entry<K, Long> cel : getoond.entrySet()) {
            if (cel.getValue() != null && cel.getValue() > 0 && cel.getValue() < MINIMALE_GROEP) {
                cel.setValue(null);
                verborgen++;
            }
        }
        if (verborgen == 1) {
            getoond.entrySet().stream().filter(c -> c.getValue() != null && c.getValue() > 0)
                    .min(Map.Entry.comparingByValue()).ifPresent(c -> c.setValue(null));
        }
        return getoond;
    }

    private static Double aandeel(Aandeel a) {
        if (a == null || a.van() < MINIMALE_GROEP) {
            return null;
        }
        return Math.round(1000.0 * a.ja() / a.van()) / 1000.0;
    }

    private static Map<String, List<Fase>> intervallen() {
        Map<String, List<Fase>> m = new LinkedHashMap<>();
        m.put("aanmeldingTotStartgesprek", List.of(Fase.AANGEMELD, Fase.STARTGESPREK));
        m.put("startgesprekTotWerkgesprek", List.of(Fase.STARTGESPREK, Fase.WERKGESPREK));
        m.put("werkgesprekTotTraject", List.of(Fase.WERKGESPREK, Fase.IN_TRAJECT));
        return java.util.Collections.unmodifiableMap(m);
    }
}
