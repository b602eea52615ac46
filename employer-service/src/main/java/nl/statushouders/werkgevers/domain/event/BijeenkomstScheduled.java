package nl.statushouders.werkgevers.domain.event;

import nl.statushouders.werkgevers.domain.BijeenkomstSoort;

import java.time.LocalDate;
import java.util.UUID;

/** A company tour or a meeting of employers and statushouders; {@code werkgeverId} when one employer hosts it. */
public record BijeenkomstScheduled(UUID bijeenkomstId, String gemeente, BijeenkomstSoort soort, LocalDate datum,
                                   UUID werkgeverId, String locatie, String omschrijving) implements WerkgeversEvent {
}
