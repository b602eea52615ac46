package nl.statushouders.intake.domain;

import java.time.LocalDate;

/** An agreement in the plan: one activity, exactly one responsible party, a deadline. */
public record Afspraak(String activiteit, Partij verantwoordelijke, LocalDate deadline) {
}
