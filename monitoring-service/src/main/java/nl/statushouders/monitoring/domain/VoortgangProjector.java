package nl.statushouders.monitoring.domain;

import nl.statushouders.platform.consumer.CloudEvent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Folds events into a {@link Voortgang}, as a pure function. Events of one statushouder arrive
 * from several topics in no particular order between topics, so nothing here depends on arrival
 * order: milestones keep their earliest date, the phase is the furthest milestone, the timeline
 * is sorted by event time, and an event already on the timeline changes nothing.
 */
public final class VoortgangProjector {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Comparator<Tijdlijnregel> CHRONOLOGISCH = Comparator.comparing(Tijdlijnregel::tijd)
            .thenComparing(Tijdlijnregel::bron).thenComparingLong(Tijdlijnregel::sequence);

    private VoortgangProjector() {
    }

    public static Voortgang leeg(UUID statushouderId, String gemeente) {
        return new Voortgang(statushouderId, gemeente, null, null, Fase.AANGEMELD, null, new EnumMap<>(Fase.class),
                null, null, List.of());
    }

    /** Whether this projector understands the event; others are skipped and counted. */
    public static boolean kent(CloudEvent event) {
        return switch (event.eventName()) {
            case "statushouder-registered", "werkmatcher-assigned", "startgesprek-held", "werkgesprek-held",
                 "plan-van-aanpak-agreed", "plan-van-aanpak-revised" -> true;
            default -> false;
        };
    }

    public static Voortgang evolve(Voortgang v, CloudEvent e) {
        if (v.tijdlijn().stream().anyMatch(r -> r.eventId().equals(e.id()))) {
            return v;
        }
        String voornaam = v.voornaam();
        String achternaam = v.achternaam();
        String werkmatcher = v.werkmatcher();
        Integer planVersie = v.planVersie();
        LocalDate evaluatie = v.planEvaluatiedatum();
        Map<Fase, LocalDate> mijlpalen = new EnumMap<>(Fase.class);
        mijlpalen.putAll(v.mijlpalen());
        String omschrijving;
        var data = e.data();
        switch (e.eventName()) {
            case "statushouder-registered" -> {
                voornaam = data.path("voornaam").asText(null);
                achternaam = data.path("achternaam").asText(null);
                mijlpaal(mijlpalen, Fase.AANGEMELD, e.time().atZone(NL).toLocalDate());
                omschrijving = "Aangemeld bij de gemeente";
            }
            case "werkmatcher-assigned" -> {
                werkmatcher = data.path("werkmatcher").asText(null);
                omschrijving = "Werkmatcher toegewezen";
            }
            case "startgesprek-held" -> {
                mijlpaal(mijlpalen, Fase.STARTGESPREK, datum(data, e));
                omschrijving = "Startgesprek gehouden";
            }
            case "werkgesprek-held" -> {
                mijlpaal(mijlpalen, Fase.WERKGESPREK, datum(data, e));
                omschrijving = "Werkgesprek gehouden";
            }
            case "plan-van-aanpak-agreed", "plan-van-aanpak-revised" -> {
                int versie = data.path("versie").asInt(1);
                if (planVersie == null || versie >= planVersie) {
                    planVersie = versie;
                    evaluatie = data.hasNonNull("evaluatiedatum") ? LocalDate.parse(data.get("evaluatiedatum").asText()) : evaluatie;
                }
                omschrijving = "Plan van aanpak versie " + versie + " vastgesteld";
            }
            default -> omschrijving = e.eventName();
        }
        List<Tijdlijnregel> tijdlijn = new ArrayList<>(v.tijdlijn());
        tijdlijn.add(new Tijdlijnregel(e.id(), e.time(), e.source(), e.eventName(), e.sequence(), omschrijving));
        tijdlijn.sort(CHRONOLOGISCH);
        return new Voortgang(v.statushouderId(), v.gemeente(), voornaam, achternaam, fase(mijlpalen), werkmatcher,
                mijlpalen, planVersie, evaluatie, List.copyOf(tijdlijn));
    }

    public static Voortgang fold(UUID statushouderId, String gemeente, List<CloudEvent> events) {
        Voortgang v = leeg(statushouderId, gemeente);
        for (CloudEvent e : events) {
            v = evolve(v, e);
        }
        return v;
    }

    private static Fase fase(Map<Fase, LocalDate> mijlpalen) {
        return mijlpalen.keySet().stream().max(Comparator.naturalOrder()).orElse(Fase.AANGEMELD);
    }

    private static void mijlpaal(Map<Fase, LocalDate> mijlpalen, Fase fase, LocalDate datum) {
        mijlpalen.merge(fase, datum, (a, b) -> a.isBefore(b) ? a : b);
    }

    private static LocalDate datum(com.fasterxml.jackson.databind.JsonNode data, CloudEvent e) {
        return data.hasNonNull("datum") ? LocalDate.parse(data.get("datum").asText()) : e.time().atZone(NL).toLocalDate();
    }
}
