package nl.statushouders.monitoring.domain;

import java.time.LocalDate;

/** A signal that holds, the day since which it holds, and a short explanation for the werkmatcher. */
public record SignaalMelding(Signaal signaal, LocalDate sinds, String uitleg) {
}
