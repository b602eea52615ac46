package nl.statushouders.trajecten.domain.event;

import nl.statushouders.trajecten.domain.Leerdoel;
import nl.statushouders.trajecten.domain.Soort;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trajectory agreed with a provider. {@code aanbiederOrganisatie}: the organisatie claim of the
 * taalschool or UAF that reports progress for it; {@code matchId} set when planned from an accepted match.
 */
public record TrajectPlanned(UUID trajectId, UUID statushouderId, String gemeente, Soort soort, String aanbieder,
                             String aanbiederOrganisatie, UUID plaatsId, UUID matchId, LocalDate startdatum,
                             LocalDate geplandeEinddatum, int urenPerWeek, List<Leerdoel> leerdoelen,
                             String motivering) implements TrajectEvent {
}
