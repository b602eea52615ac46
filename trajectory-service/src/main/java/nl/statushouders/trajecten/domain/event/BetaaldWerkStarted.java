package nl.statushouders.trajecten.domain.event;

import nl.statushouders.trajecten.domain.Soort;

import java.time.LocalDate;
import java.util.UUID;

public record BetaaldWerkStarted(UUID trajectId, UUID statushouderId, String gemeente, LocalDate startdatum, String aanbieder,
        int urenPerWeek, LocalDate geplandeEinddatum, String motivering) implements TrajectStarted {

    @Override
    public Soort soort() {
        return Soort.BETAALD_WERK;
    }
}
