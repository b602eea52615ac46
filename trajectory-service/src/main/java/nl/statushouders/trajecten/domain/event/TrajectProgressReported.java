package nl.statushouders.trajecten.domain.event;

import nl.statushouders.trajecten.domain.Examen;
import nl.statushouders.trajecten.domain.Taalniveau;

import java.time.LocalDate;
import java.util.UUID;

/** A progress report; {@code gemeldDoor} is the reporting organisation, or "gemeente" for a werkmatcher. */
public record TrajectProgressReported(UUID trajectId, UUID statushouderId, String gemeente, LocalDate datum,
                                      Integer aanwezigheidPercentage, Taalniveau taalniveau, String toelichting,
                                      Examen examen, String gemeldDoor) implements TrajectEvent {
}
