package nl.statushouders.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Progress of one statushouder as monitoring knows it from events. Built by
 * {@link VoortgangProjector}; the same events in any order between topics give the same value.
 */
public record Voortgang(UUID statushouderId, String gemeente, String voornaam, String achternaam, Fase fase,
                        String werkmatcher, Map<Fase, LocalDate> mijlpalen, Integer planVersie,
                        LocalDate planEvaluatiedatum, List<Tijdlijnregel> tijdlijn) {
}
