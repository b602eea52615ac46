package nl.statushouders.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Progress of one statushouder as monitoring knows it from the events of all services. Built by
 * {@link VoortgangProjector}; the same events in any order between topics give the same value.
 * Time-dependent views (days in phase, signals) are computed on read against a clock.
 *
 * @param taalniveau latest level per skill: lezen, luisteren, spreken, schrijven
 * @param trajecten  by trajectory id, including inburgering
 * @param examens    inburgering exam results by part, newest per part
 */
public record Voortgang(UUID statushouderId, String gemeente, String voornaam, String achternaam,
                        LocalDate geboortedatum, Fase fase, String werkmatcher, Map<Fase, LocalDate> mijlpalen,
                        Integer planVersie, LocalDate planEvaluatiedatum, Assessment assessment,
                        Map<String, Taalniveau> taalniveau, Map<String, Traject> trajecten,
                        Map<String, Examen> examens, List<Tijdlijnregel> tijdlijn) {

    /** Documents stored by an older version lack the newer collections: read them as empty. */
    public Voortgang {
        mijlpalen = mijlpalen == null ? new java.util.EnumMap<>(Fase.class) : mijlpalen;
        taalniveau = taalniveau == null ? new java.util.TreeMap<>() : taalniveau;
        trajecten = trajecten == null ? new java.util.TreeMap<>() : trajecten;
        examens = examens == null ? new java.util.TreeMap<>() : examens;
        tijdlijn = tijdlijn == null ? List.of() : tijdlijn;
    }
}
