package nl.statushouders.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the list views and the figures need of one projection, as values the database can filter,
 * sort and aggregate: the stored columns beside the document. A pure function of the projection and
 * the thresholds.
 *
 * @param sorteernaam       the surname lower-cased without accents, so that Ökzan sorts with Okzan
 * @param faseSinds         the day the current phase began
 * @param laatstGewijzigd   the newest event on the timeline
 * @param signalen          every signal with the days on which it holds
 * @param werkOfOpleidingOp the first day paid work, an enterprise or education had started
 * @param trajectsoorten    trajectories per kind
 */
public record Kenmerken(String sorteernaam, LocalDate faseSinds, Instant laatstGewijzigd,
                        List<SignaalRegels.Termijn> signalen, LocalDate aangemeldOp, String cohort,
                        LocalDate startgesprekOp, LocalDate werkgesprekOp, LocalDate inTrajectOp,
                        LocalDate werkOfOpleidingOp, Map<String, Long> trajectsoorten) {

    public static Kenmerken van(Voortgang v, Drempels d) {
        LocalDate aangemeld = v.mijlpalen().get(Fase.AANGEMELD);
        return new Kenmerken(sorteernaam(v.achternaam()), v.mijlpalen().get(v.fase()),
                v.tijdlijn().stream().map(Tijdlijnregel::tijd).max(Comparator.naturalOrder()).orElse(null),
                SignaalRegels.termijnen(v, d), aangemeld, aangemeld == null ? null : Kpis.cohortVan(aangemeld),
                v.mijlpalen().get(Fase.STARTGESPREK), v.mijlpalen().get(Fase.WERKGESPREK), v.mijlpalen().get(Fase.IN_TRAJECT),
                v.trajecten().values().stream().filter(Kpis::werkOfOpleiding).map(Traject::startdatum)
                        .min(Comparator.naturalOrder()).orElse(null),
                v.trajecten().values().stream().filter(t -> t.soort() != null)
                        .collect(Collectors.groupingBy(Traject::soort, TreeMap::new, Collectors.counting())));
    }

    static String sorteernaam(String achternaam) {
        if (achternaam == null) {
            return "";
        }
        return java.text.Normalizer.normalize(achternaam, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The signals as they stand on a day, and the days for which that stays so: [van, tot), null when open. */
    public record Stand(int aantal, LocalDate eerste, List<Signaal> soorten, LocalDate van, LocalDate tot) {
    }

    public Stand standOp(LocalDate dag) {
        List<SignaalRegels.Termijn> gelden = signalen.stream().filter(t -> t.geldtOp(dag)).toList();
        LocalDate van = null;
        LocalDate tot = null;
        for (SignaalRegels.Termijn t : signalen) {
            for (LocalDate grens : java.util.Arrays.asList(t.vanaf(), t.tot())) {
                if (grens == null) {
                    continue;
                }
                if (!grens.isAfter(dag)) {
                    van = van == null || grens.isAfter(van) ? grens : van;
                } else {
                    tot = tot == null || grens.isBefore(tot) ? grens : tot;
                }
            }
        }
        return new Stand(gelden.size(), gelden.stream().map(t -> t.melding().sinds()).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null),
                gelden.stream().map(t -> t.melding().signaal()).toList(), van, tot);
    }
}
