package nl.statushouders.trajecten.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.statushouders.trajecten.domain.Taalniveau;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Voortgangsmelding", description = "Voortgang van een lopend traject")
public record VoortgangRequest(
        @NotNull @Schema(format = "date") LocalDate datum,
        @Schema(description = "0 tot en met 100; leeg als de aanbieder geen aanwezigheid bijhoudt") Integer aanwezigheidPercentage,
        @Schema(description = "Taalniveau per vaardigheid (A0..C2); alleen de getoetste vaardigheden") Taalniveau taalniveau,
        @NotBlank @Size(max = 4000) String toelichting,
        @Valid ExamenDto examen) {

    @Schema(name = "Examen")
    public record ExamenDto(@NotBlank @Size(max = 100) String onderdeel, @NotNull @Schema(format = "date") LocalDate datum,
                            @NotNull Boolean behaald) {
    }
}
