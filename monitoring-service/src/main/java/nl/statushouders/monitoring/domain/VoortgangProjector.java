package nl.statushouders.monitoring.domain;

import com.fasterxml.jackson.databind.JsonNode;
import nl.statushouders.platform.consumer.CloudEvent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Folds events into a {@link Voortgang}, as a pure function. Events of one statushouder arrive
 * from several topics in no particular order between topics, so nothing here depends on arrival
 * order: milestones keep their earliest date, the phase is the furthest milestone, levels and
 * states keep the newest by event time, trajectory fields fill in, the timeline is sorted by event
 * time, and an event already on the timeline changes nothing.
 */
public final class VoortgangProjector {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Comparator<Tijdlijnregel> CHRONOLOGISCH = Comparator.comparing(Tijdlijnregel::tijd)
            .thenComparing(Tijdlijnregel::bron).thenComparingLong(Tijdlijnregel::sequence);
    private static final Set<String> VAARDIGHEDEN = Set.of("lezen", "luisteren", "spreken", "schrijven");
    private static final Set<String> UITSTROOM = Set.of("BETAALD_WERK", "ONDERNEMERSCHAP");

    private static final Set<String> BEKEND = Set.of(
            "statushouder-registered", "werkmatcher-assigned", "startgesprek-held", "werkgesprek-held",
            "plan-van-aanpak-agreed", "plan-van-aanpak-revised",
            "assessment-invited", "assessment-scheduled", "assessment-completed", "alternatieve-intake-completed",
            "assessment-missed",
            "traject-planned", "traject-progress-reported", "traject-ended",
            "match-proposed", "match-accepted", "match-rejected", "taalvoucher-granted",
            // Known, but about employers and places rather than a person: not projected.
            "werkgever-registered", "plaats-offered", "plaats-closed", "bijeenkomst-scheduled");

    private VoortgangProjector() {
    }

    public static Voortgang leeg(UUID statushouderId, String gemeente) {
        return new Voortgang(statushouderId, gemeente, null, null, null, Fase.AANGEMELD, null, new EnumMap<>(Fase.class),
                null, null, null, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of());
    }

    /** Whether this projector understands the event; others are skipped and counted. */
    public static boolean kent(CloudEvent event) {
        return BEKEND.contains(event.eventName()) || startedSoort(event.eventName()) != null;
    }

    public static Voortgang evolve(Voortgang v, CloudEvent e) {
        if (v.tijdlijn().stream().anyMatch(r -> r.eventId().equals(e.id()))) {
            return v;
        }
        Builder b = new Builder(v);
        JsonNode data = e.data();
        LocalDate dag = e.time().atZone(NL).toLocalDate();
        String name = e.eventName();
        String soort = startedSoort(name);
        String omschrijving;
        if (soort != null) {
            Traject t = b.traject(e.subject());
            LocalDate start = datum(data, "startdatum", datum(data, "datum", dag));
            b.trajecten.put(e.subject(), new Traject(t.trajectId(), soort, tekst(data, "aanbieder", t.aanbieder()),
                    t.einddatum() != null ? Traject.Status.BEEINDIGD : Traject.Status.ACTIEF, start,
                    datum(data, "geplandeEinddatum", t.geplandeEinddatum()), t.einddatum(), t.reden(),
                    getal(data, "urenPerWeek", t.urenPerWeek()), t.laatsteVoortgang(), t.aanwezigheidPercentage()));
            if (UITSTROOM.contains(soort)) {
                b.mijlpaal(Fase.UITGESTROOMD, start);
            } else if (!soort.equals("INBURGERING")) {
                b.mijlpaal(Fase.IN_TRAJECT, start);
            }
            omschrijving = "Traject gestart: " + soort.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        } else {
            omschrijving = switch (name) {
                case "statushouder-registered" -> {
                    b.voornaam = tekst(data, "voornaam", b.voornaam);
                    b.achternaam = tekst(data, "achternaam", b.achternaam);
                    b.geboortedatum = datum(data, "geboortedatum", b.geboortedatum);
                    b.mijlpaal(Fase.AANGEMELD, dag);
                    yield "Aangemeld bij de gemeente";
                }
                case "werkmatcher-assigned" -> {
                    // The newest assignment wins, whatever order the events arrive in.
                    if (b.werkmatcherTijd == null || !e.time().isBefore(b.werkmatcherTijd)) {
                        b.werkmatcher = tekst(data, "werkmatcher", b.werkmatcher);
                    }
                    yield "Werkmatcher toegewezen";
                }
                case "startgesprek-held" -> {
                    b.mijlpaal(Fase.STARTGESPREK, datum(data, "datum", dag));
                    yield "Startgesprek gehouden, assessment: " + tekst(data, "assessmentBesluit", "onbekend");
                }
                case "werkgesprek-held" -> {
                    b.mijlpaal(Fase.WERKGESPREK, datum(data, "datum", dag));
                    yield "Werkgesprek gehouden";
                }
                case "plan-van-aanpak-agreed", "plan-van-aanpak-revised" -> {
                    int versie = data.path("versie").asInt(1);
                    if (b.planVersie == null || versie >= b.planVersie) {
                        b.planVersie = versie;
                        b.planEvaluatiedatum = datum(data, "evaluatiedatum", b.planEvaluatiedatum);
                    }
                    yield "Plan van aanpak versie " + versie + " vastgesteld";
                }
                case "assessment-invited" -> {
                    b.mijlpaal(Fase.ASSESSMENT, dag);
                    b.assessment(e, Assessment.Status.UITGENODIGD);
                    yield "Uitgenodigd voor assessment (" + tekst(data, "soort", "NOA") + ")";
                }
                case "assessment-scheduled" -> {
                    b.mijlpaal(Fase.ASSESSMENT, dag);
                    b.assessment(e, Assessment.Status.GEPLAND);
                    yield "Assessment gepland";
                }
                case "assessment-completed", "alternatieve-intake-completed" -> {
                    b.mijlpaal(Fase.ASSESSMENT, dag);
                    b.assessment(e, Assessment.Status.AFGEROND);
                    b.taalniveau(data.path("taalniveau"), e);
                    yield name.equals("assessment-completed") ? "Assessment afgerond" : "Alternatieve intake afgerond";
                }
                case "assessment-missed" -> {
                    b.assessment(e, Assessment.Status.NIET_VERSCHENEN);
                    yield "Niet verschenen bij het assessment";
                }
                case "traject-planned" -> {
                    Traject t = b.traject(e.subject());
                    b.trajecten.put(e.subject(), new Traject(t.trajectId(), tekst(data, "soort", t.soort()),
                            tekst(data, "aanbieder", t.aanbieder()), t.status(),
                            t.startdatum() != null ? t.startdatum() : datum(data, "startdatum", null),
                            datum(data, "geplandeEinddatum", t.geplandeEinddatum()), t.einddatum(), t.reden(),
                            getal(data, "urenPerWeek", t.urenPerWeek()), t.laatsteVoortgang(), t.aanwezigheidPercentage()));
                    yield "Traject gepland: " + tekst(data, "soort", "onbekend").toLowerCase(java.util.Locale.ROOT);
                }
                case "traject-progress-reported" -> {
                    Traject t = b.traject(e.subject());
                    LocalDate gemeld = datum(data, "datum", dag);
                    boolean nieuwer = t.laatsteVoortgang() == null || !gemeld.isBefore(t.laatsteVoortgang());
                    b.trajecten.put(e.subject(), new Traject(t.trajectId(), t.soort(), t.aanbieder(), t.status(),
                            t.startdatum(), t.geplandeEinddatum(), t.einddatum(), t.reden(), t.urenPerWeek(),
                            nieuwer ? gemeld : t.laatsteVoortgang(),
                            nieuwer ? getal(data, "aanwezigheidPercentage", t.aanwezigheidPercentage()) : t.aanwezigheidPercentage()));
                    b.taalniveau(data.path("taalniveau"), e);
                    b.examen(data.path("examen"), gemeld);
                    yield data.path("examen").isObject() ? "Voortgang gemeld met examenuitslag" : "Voortgang gemeld";
                }
                case "traject-ended" -> {
                    Traject t = b.traject(e.subject());
                    String reden = tekst(data, "reden", null);
                    LocalDate eind = datum(data, "datum", dag);
                    b.trajecten.put(e.subject(), new Traject(t.trajectId(), t.soort(), t.aanbieder(), Traject.Status.BEEINDIGD,
                            t.startdatum(), t.geplandeEinddatum(), eind, reden, t.urenPerWeek(), t.laatsteVoortgang(),
                            t.aanwezigheidPercentage()));
                    if ("WERK_GEVONDEN".equals(reden)) {
                        b.mijlpaal(Fase.UITGESTROOMD, eind);
                    }
                    yield "Traject beeindigd" + (reden == null ? "" : " (" + reden.toLowerCase(java.util.Locale.ROOT) + ")");
                }
                case "match-proposed" -> "Voorgesteld aan een werkgever";
                case "match-accepted" -> "Match met werkgever geaccepteerd";
                case "match-rejected" -> "Match afgewezen: " + tekst(data, "reden", "geen reden opgegeven");
                case "taalvoucher-granted" -> "Taalvoucher toegekend aan de werkgever";
                default -> name;
            };
        }
        List<Tijdlijnregel> tijdlijn = new ArrayList<>(v.tijdlijn());
        tijdlijn.add(new Tijdlijnregel(e.id(), e.time(), e.source(), name, e.sequence(), omschrijving));
        tijdlijn.sort(CHRONOLOGISCH);
        return b.build(List.copyOf(tijdlijn));
    }

    public static Voortgang fold(UUID statushouderId, String gemeente, List<CloudEvent> events) {
        Voortgang v = leeg(statushouderId, gemeente);
        for (CloudEvent e : events) {
            v = evolve(v, e);
        }
        return v;
    }

    /** taalstage-started -> TAALSTAGE; null when the event is not a trajectory start. */
    static String startedSoort(String eventName) {
        if (!eventName.endsWith("-started") || eventName.startsWith("traject")) {
            return null;
        }
        return eventName.substring(0, eventName.length() - "-started".length()).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    private static String tekst(JsonNode data, String field, String fallback) {
        return data.hasNonNull(field) ? data.get(field).asText() : fallback;
    }

    private static Integer getal(JsonNode data, String field, Integer fallback) {
        return data.hasNonNull(field) && data.get(field).canConvertToInt() ? Integer.valueOf(data.get(field).asInt()) : fallback;
    }

    private static LocalDate datum(JsonNode data, String field, LocalDate fallback) {
        try {
            return data.hasNonNull(field) ? LocalDate.parse(data.get(field).asText()) : fallback;
        } catch (java.time.format.DateTimeParseException ex) {
            throw new IllegalArgumentException("field " + field + " is not a date");
        }
    }

    /** Mutable scratch copy of a Voortgang while one event is applied. */
    private static final class Builder {
        final Voortgang v;
        String voornaam;
        String achternaam;
        LocalDate geboortedatum;
        String werkmatcher;
        java.time.Instant werkmatcherTijd;
        Integer planVersie;
        LocalDate planEvaluatiedatum;
        Assessment assessment;
        final Map<Fase, LocalDate> mijlpalen = new EnumMap<>(Fase.class);
        final Map<String, Taalniveau> taal = new TreeMap<>();
        final Map<String, Traject> trajecten = new TreeMap<>();
        final Map<String, Examen> examens = new TreeMap<>();

        Builder(Voortgang v) {
            this.v = v;
            voornaam = v.voornaam();
            achternaam = v.achternaam();
            geboortedatum = v.geboortedatum();
            werkmatcher = v.werkmatcher();
            werkmatcherTijd = v.tijdlijn().stream().filter(r -> r.type().equals("werkmatcher-assigned"))
                    .map(Tijdlijnregel::tijd).max(Comparator.naturalOrder()).orElse(null);
            planVersie = v.planVersie();
            planEvaluatiedatum = v.planEvaluatiedatum();
            assessment = v.assessment();
            mijlpalen.putAll(v.mijlpalen());
            taal.putAll(v.taalniveau());
            trajecten.putAll(v.trajecten());
            examens.putAll(v.examens());
        }

        void examen(JsonNode examen, LocalDate gemeld) {
            if (!examen.isObject() || !examen.hasNonNull("onderdeel")) {
                return;
            }
            Examen nieuw = new Examen(examen.get("onderdeel").asText(), datum(examen, "datum", gemeld),
                    examen.path("behaald").asBoolean(false));
            examens.merge(nieuw.onderdeel(), nieuw, (oud, n) -> n.datum().isBefore(oud.datum()) ? oud
                    : n.datum().equals(oud.datum()) && oud.behaald() ? oud : n);
        }

        void mijlpaal(Fase fase, LocalDate datum) {
            mijlpalen.merge(fase, datum, (a, b) -> a.isBefore(b) ? a : b);
        }

        Traject traject(String id) {
            return trajecten.getOrDefault(id, Traject.nieuw(id));
        }

        void assessment(CloudEvent e, Assessment.Status status) {
            if (assessment == null || !e.time().isBefore(assessment.sinds())) {
                assessment = new Assessment(e.subject(), status, e.time());
            }
        }

        void taalniveau(JsonNode niveaus, CloudEvent e) {
            if (niveaus.isTextual()) {
                // A single level in a progress report is the spoken level the trajectory works on.
                niveaus = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("spreken", niveaus.asText());
            }
            if (!niveaus.isObject()) {
                return;
            }
            for (String vaardigheid : VAARDIGHEDEN) {
                String niveau = niveaus.path(vaardigheid).asText(null);
                if (niveau != null && Taalniveau.geldig(niveau)) {
                    Taalniveau huidig = taal.get(vaardigheid);
                    if (huidig == null || !e.time().isBefore(huidig.gemeten())) {
                        taal.put(vaardigheid, new Taalniveau(niveau, e.time()));
                    }
                }
            }
        }

        Voortgang build(List<Tijdlijnregel> tijdlijn) {
            Fase fase = mijlpalen.keySet().stream().max(Comparator.naturalOrder()).orElse(Fase.AANGEMELD);
            return new Voortgang(v.statushouderId(), v.gemeente(), voornaam, achternaam, geboortedatum, fase, werkmatcher,
                    mijlpalen, planVersie, planEvaluatiedatum, assessment, taal, trajecten, examens, tijdlijn);
        }
    }
}
