package nl.statushouders.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.statushouders.intake.domain.AssessmentBesluit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Startgesprek", description = "Het eerste gesprek en het besluit over het assessment")
public record StartgesprekRequest(
        @NotNull @Schema(format = "date") LocalDate datum,
        @NotBlank @Size(max = 100) String werkmatcher,
        @NotNull @Schema(description = "NOA, ALTERNATIEF (pictogrammen) of GEEN") AssessmentBesluit assessmentBesluit,
        @Size(max = 2000) @Schema(description = "Verplicht bij ALTERNATIEF en GEEN") String motivering) {
}
