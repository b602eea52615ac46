package nl.statushouders.trajecten.domain.event;

import nl.statushouders.trajecten.domain.Reden;

import java.time.LocalDate;
import java.util.UUID;

public record TrajectEnded(UUID trajectId, UUID statushouderId, String gemeente, LocalDate datum, Reden reden,
                           String toelichting) implements TrajectEvent {
}
