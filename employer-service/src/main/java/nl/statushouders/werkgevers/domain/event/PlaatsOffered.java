package nl.statushouders.werkgevers.domain.event;

import nl.statushouders.werkgevers.domain.Leerdoel;
import nl.statushouders.werkgevers.domain.PlaatsSoort;
import nl.statushouders.werkgevers.domain.Taalniveau;

import java.util.List;
import java.util.UUID;

/** {@code minimaalTaalniveau} is the spoken level the place needs. */
public record PlaatsOffered(UUID plaatsId, UUID werkgeverId, String gemeente, PlaatsSoort soort, String functie,
                            String beroep, int urenPerWeek, Taalniveau minimaalTaalniveau, int aantal,
                            List<Leerdoel> leerdoelen) implements WerkgeversEvent {
}
