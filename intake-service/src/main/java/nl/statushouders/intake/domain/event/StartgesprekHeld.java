package nl.statushouders.intake.domain.event;

import nl.statushouders.intake.domain.AssessmentBesluit;

import java.time.LocalDate;
import java.util.UUID;

/** The first conversation; the werkmatcher decides which assessment fits (NOA, pictograms, or none). */
public record StartgesprekHeld(UUID statushouderId, String gemeente, LocalDate datum, String werkmatcher,
                               AssessmentBesluit assessmentBesluit, String motivering) implements IntakeEvent {
}
