package nl.statushouders.monitoring.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The signals of one statushouder on a given day, as pure rules. Each rule says since when it
 * holds; a signal holds from that day on (boundary day included).
 */
public final class SignaalRegels {

    private static final Set<String> VOOR_DE_VOLGENDE_STAP = Set.of("TAALSTAGE", "VRIJWILLIGERSWERK");

    private SignaalRegels() {
    }

    /**
     * A signal with the days on which it holds: from {@code vanaf} ({@code null}: as soon as it is
     * there) until {@code tot} (exclusive; {@code null}: open). Stored with the projection, so a
     * list of a hundred thousand files is filtered and sorted by today's signals in the database.
     */
    public record Termijn(SignaalMelding melding, LocalDate vanaf, LocalDate tot) {

        public boolean geldtOp(LocalDate dag) {
            return (vanaf == null || !vanaf.isAfter(dag)) && (tot == null || dag.isBefore(tot));
        }
    }

    public static List<SignaalMelding> bereken(Voortgang v, LocalDate vandaag, Drempels d) {
        return termijnen(v, d).stream().filter(t -> t.geldtOp(vandaag)).map(Termijn::melding).toList();
    }

    /** Every signal the projection can raise, whatever the day; {@link #bereken} keeps those of one day. */
    public static List<Termijn> termijnen(Voortgang v, Drempels d) {
        List<Termijn> termijnen = new ArrayList<>();
        geenWerkgesprek(v, d).map(SignaalRegels::vanafSinds).ifPresent(termijnen::add);
        assessmentNietVerschenen(v).map(SignaalRegels::altijd).ifPresent(termijnen::add);
        trajectZonderVoortgang(v, d).map(SignaalRegels::vanafSinds).ifPresent(termijnen::add);
        lageAanwezigheid(v, d).map(SignaalRegels::altijd).ifPresent(termijnen::add);
        evaluatieVerlopen(v).map(SignaalRegels::vanafSinds).ifPresent(termijnen::add);
        klaarVoorVolgendeStap(v, d).map(SignaalRegels::altijd).ifPresent(termijnen::add);
        jongereZonderOpleiding(v, d).map(m -> new Termijn(m, m.sinds(), jongerTot(v.geboortedatum(), d)))
                .ifPresent(termijnen::add);
        return termijnen;
    }

    private static Termijn vanafSinds(SignaalMelding m) {
        return new Termijn(m, m.sinds(), null);
    }

    private static Termijn altijd(SignaalMelding m) {
        return new Termijn(m, null, null);
    }

    /** The first day on which someone born on this day is no longer young (a 29 February birthday counts from 1 March). */
    static LocalDate jongerTot(LocalDate geboortedatum, Drempels d) {
        LocalDate verjaardag = geboortedatum.plusYears(d.jongereTot());
        return Period.between(geboortedatum, verjaardag).getYears() < d.jongereTot() ? verjaardag.plusDays(1) : verjaardag;
    }

    static Optional<SignaalMelding> geenWerkgesprek(Voortgang v, Drempels d) {
        LocalDate aangemeld = v.mijlpalen().get(Fase.AANGEMELD);
        if (aangemeld == null || v.mijlpalen().containsKey(Fase.WERKGESPREK)) {
            return Optional.empty();
        }
        return Optional.of(new SignaalMelding(Signaal.GEEN_WERKGESPREK_BINNEN_TERMIJN,
                aangemeld.plusWeeks(d.werkgesprekBinnenWeken()),
                "Geen werkgesprek binnen " + d.werkgesprekBinnenWeken() + " weken na aanmelding op " + aangemeld));
    }

    static Optional<SignaalMelding> assessmentNietVerschenen(Voortgang v) {
        if (v.assessment() == null || v.assessment().status() != Assessment.Status.NIET_VERSCHENEN) {
            return Optional.empty();
        }
        return Optional.of(new SignaalMelding(Signaal.ASSESSMENT_NIET_VERSCHENEN,
                v.assessment().sinds().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate(),
                "Niet verschenen bij het assessment; nog geen nieuwe afspraak"));
    }

    static Optional<SignaalMelding> trajectZonderVoortgang(Voortgang v, Drempels d) {
        return v.trajecten().values().stream()
                .filter(Traject::actief)
                .filter(t -> t.startdatum() != null || t.laatsteVoortgang() != null)
                .map(t -> {
                    LocalDate laatst = t.laatsteVoortgang() != null ? t.laatsteVoortgang() : t.startdatum();
                    return new SignaalMelding(Signaal.TRAJECT_ZONDER_VOORTGANG, laatst.plusWeeks(d.voortgangBinnenWeken()),
                            "Geen voortgangsmelding voor " + soort(t) + " sinds " + laatst);
                })
                .min(Comparator.comparing(SignaalMelding::sinds));
    }

    static Optional<SignaalMelding> lageAanwezigheid(Voortgang v, Drempels d) {
        return v.trajecten().values().stream()
                .filter(t -> t.actief() && "INBURGERING".equals(t.soort()))
                .filter(t -> t.aanwezigheidPercentage() != null && t.aanwezigheidPercentage() < d.minimaleAanwezigheid())
                .map(t -> new SignaalMelding(Signaal.INBURGERING_LAGE_AANWEZIGHEID, t.laatsteVoortgang(),
                        "Aanwezigheid bij inburgering " + t.aanwezigheidPercentage() + "% (minder dan "
                                + d.minimaleAanwezigheid() + "%)"))
                .findFirst();
    }

    static Optional<SignaalMelding> evaluatieVerlopen(Voortgang v) {
        if (v.planEvaluatiedatum() == null) {
            return Optional.empty();
        }
        return Optional.of(new SignaalMelding(Signaal.PLAN_EVALUATIE_VERLOPEN, v.planEvaluatiedatum().plusDays(1),
                "Het plan van aanpak had op " + v.planEvaluatiedatum() + " geevalueerd moeten worden"));
    }

    static Optional<SignaalMelding> klaarVoorVolgendeStap(Voortgang v, Drempels d) {
        Taalniveau spreken = v.taalniveau().get("spreken");
        List<Traject> actief = v.trajecten().values().stream()
                .filter(t -> t.actief() && !"INBURGERING".equals(t.soort())).toList();
        if (spreken == null || !spreken.tenminste(d.volgendeStapSpreken()) || actief.isEmpty()
                || !actief.stream().allMatch(t -> VOOR_DE_VOLGENDE_STAP.contains(t.soort()))) {
            return Optional.empty();
        }
        return Optional.of(new SignaalMelding(Signaal.KLAAR_VOOR_VOLGENDE_STAP,
                spreken.gemeten().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate(),
                "Spreekt Nederlands op " + spreken.niveau() + " en zit alleen in taalstage of vrijwilligerswerk"));
    }

    /** A young person without education in time; the signal's {@link Termijn} ends when they turn {@link Drempels#jongereTot()}. */
    static Optional<SignaalMelding> jongereZonderOpleiding(Voortgang v, Drempels d) {
        LocalDate werkgesprek = v.mijlpalen().get(Fase.WERKGESPREK);
        if (werkgesprek == null || v.geboortedatum() == null) {
            return Optional.empty();
        }
        LocalDate termijn = werkgesprek.plusMonths(d.opleidingBinnenMaanden());
        boolean opleidingOpTijd = v.trajecten().values().stream().filter(Traject::isOpleiding)
                .anyMatch(t -> t.startdatum() == null || !t.startdatum().isAfter(termijn));
        if (opleidingOpTijd) {
            return Optional.empty();
        }
        return Optional.of(new SignaalMelding(Signaal.JONGERE_ZONDER_OPLEIDING, termijn.plusDays(1),
                "Jonger dan " + d.jongereTot() + " en geen opleiding binnen " + d.opleidingBinnenMaanden()
                        + " maanden na het werkgesprek"));
    }

    private static String soort(Traject t) {
        return t.soort() == null ? "het traject" : t.soort().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
