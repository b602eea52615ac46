package nl.statushouders.intake.rest;

import jakarta.validation.constraints.NotNull;
import nl.statushouders.intake.domain.Afsluitreden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Afsluiting", description = "Het einde van de begeleiding; de bewaartermijn van het dossier begint dan")
public record AfsluitingRequest(
        @NotNull @Schema(format = "date", description = "Laatste dag van de begeleiding, niet in de toekomst") LocalDate datum,
        @NotNull Afsluitreden reden) {
}
