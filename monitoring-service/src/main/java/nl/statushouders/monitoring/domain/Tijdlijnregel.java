package nl.statushouders.monitoring.domain;

import java.time.Instant;
import java.util.UUID;

/** One event on a statushouder's timeline, with the system it came from. */
public record Tijdlijnregel(UUID eventId, Instant tijd, String bron, String type, long sequence, String omschrijving) {
}
