package nl.statushouders.werkgevers.domain;

import java.time.LocalDate;
import java.util.UUID;

public record PlanBijeenkomst(UUID bijeenkomstId, String gemeente, BijeenkomstSoort soort, LocalDate datum,
                              UUID werkgeverId, String locatie, String omschrijving, LocalDate vandaag) {
}
