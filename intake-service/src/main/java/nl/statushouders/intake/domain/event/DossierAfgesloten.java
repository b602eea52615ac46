package nl.statushouders.intake.domain.event;

import nl.statushouders.intake.domain.Afsluitreden;

import java.time.LocalDate;
import java.util.UUID;

/** The guidance ended on {@code datum}; the file's retention period runs from then. Carries nothing personal. */
public record DossierAfgesloten(UUID statushouderId, String gemeente, LocalDate datum, Afsluitreden reden)
        implements IntakeEvent {
}
