package nl.statushouders.intake.domain.event;

import nl.statushouders.intake.domain.Deelnemer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The joint conversation of werkmatcher and VluchtelingenWerk with the statushouder. */
public record WerkgesprekHeld(UUID statushouderId, String gemeente, LocalDate datum, List<Deelnemer> deelnemers,
                              String redenAfwezigheidVluchtelingenwerk, UUID assessmentId) implements IntakeEvent {
}
