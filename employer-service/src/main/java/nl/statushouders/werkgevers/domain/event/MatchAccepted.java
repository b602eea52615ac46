package nl.statushouders.werkgevers.domain.event;

import nl.statushouders.werkgevers.domain.Leerdoel;
import nl.statushouders.werkgevers.domain.PlaatsSoort;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Carries what trajecten needs to plan the trajectory, so it never has to ask us. */
public record MatchAccepted(UUID matchId, UUID statushouderId, String gemeente, UUID plaatsId, UUID werkgeverId,
                            String werkgeverNaam, PlaatsSoort soort, String functie, int urenPerWeek,
                            LocalDate startdatum, List<Leerdoel> leerdoelen, String motivering) implements WerkgeversEvent {
}
