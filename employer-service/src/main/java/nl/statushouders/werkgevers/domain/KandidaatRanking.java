package nl.statushouders.werkgevers.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks the statushouders of a place's gemeente for that place, with the reasons for each score,
 * so the werkmatcher sees why. Pure: the service passes the profiles and the statushouders that
 * already have a proposed or accepted match on the place (they are left out).
 */
public final class KandidaatRanking {

    static final int TAAL_VOLDOET = 40;
    static final int TAAL_PER_NIVEAU_TEKORT = 15;
    static final int ERVARING_IN_BEROEP = 30;
    static final int PER_JAAR_ERVARING = 2;
    static final int MAX_JAREN = 5;
    static final int TAALSTAGE_ONDER_B1 = 15;
    static final int DEELTIJD_NAAST_INBURGERING = 10;
    static final int DEELTIJD_GRENS = 24;

    private KandidaatRanking() {
    }

    public static List<Kandidaat> rangschik(Plaats plaats, List<StatushouderProfiel> profielen, Set<UUID> alGematcht) {
        List<Kandidaat> kandidaten = new ArrayList<>();
        for (StatushouderProfiel p : profielen) {
            if (!alGematcht.contains(p.statushouderId())) {
                kandidaten.add(beoordeel(plaats, p));
            }
        }
        kandidaten.sort(Comparator.comparingInt(Kandidaat::score).reversed().thenComparing(Kandidaat::statushouderId));
        return kandidaten;
    }

    static Kandidaat beoordeel(Plaats plaats, StatushouderProfiel p) {
        int score = 0;
        List<String> redenen = new ArrayList<>();
        Taalniveau minimaal = plaats.minimaalTaalniveau();
        if (p.gesproken() == null) {
            redenen.add("gesproken taalniveau onbekend");
        } else if (!p.gesproken().onder(minimaal)) {
            score += TAAL_VOLDOET;
            redenen.add("spreekt " + p.gesproken() + ", minimaal " + minimaal + " gevraagd");
        } else {
            int tekort = minimaal.ordinal() - p.gesproken().ordinal();
            score -= tekort * TAAL_PER_NIVEAU_TEKORT;
            redenen.add("spreekt " + p.gesproken() + ", onder het gevraagde " + minimaal);
        }
        if (plaats.soort() == PlaatsSoort.TAALSTAGE && p.gesproken() != null && p.gesproken().onder(Taalniveau.B1)) {
            score += TAALSTAGE_ONDER_B1;
            redenen.add("taalstage past bij taalniveau onder B1");
        }
        Werkervaring ervaring = passendeErvaring(plaats, p.werkervaring());
        if (ervaring != null) {
            score += ERVARING_IN_BEROEP + Math.min(ervaring.jaren(), MAX_JAREN) * PER_JAAR_ERVARING;
            redenen.add("werkervaring als " + ervaring.beroep() + " (" + ervaring.jaren() + " jaar)");
        }
        if (plaats.urenPerWeek() <= DEELTIJD_GRENS) {
            score += DEELTIJD_NAAST_INBURGERING;
            redenen.add(plaats.urenPerWeek() + " uur per week is te combineren met inburgeringslessen");
        }
        return new Kandidaat(p.statushouderId(), score, List.copyOf(redenen));
    }

    /** Experience in the place's profession, or (without one) in its function; the longest counts. */
    static Werkervaring passendeErvaring(Plaats plaats, List<Werkervaring> werkervaring) {
        String beroep = norm(plaats.beroep());
        String functie = norm(plaats.functie());
        Werkervaring beste = null;
        for (Werkervaring w : werkervaring) {
            String b = norm(w.beroep());
            if (b.isEmpty()) {
                continue;
            }
            boolean past = !beroep.isEmpty() ? b.equals(beroep) || b.contains(beroep) || beroep.contains(b)
                    : functie.contains(b) || b.contains(functie);
            if (past && (beste == null || w.jaren() > beste.jaren())) {
                beste = w;
            }
        }
        return beste;
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
