package nl.statushouders.trajecten.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.statushouders.trajecten.domain.Reden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Beeindiging", description = "Het einde van een traject")
public record BeeindigingRequest(
        @NotNull @Schema(format = "date") LocalDate datum,
        @NotNull Reden reden,
        @Size(max = 2000) String toelichting) {
}
