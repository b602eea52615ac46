package nl.statushouders.assessment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Sessie", description = "Een sessie om het assessment te maken; begeleid door gemeente of COA (ook in het AZC)")
public record SessieRequest(
        @NotNull @Schema(format = "date", description = "Vandaag of later") LocalDate datum,
        @NotBlank @Size(max = 200) @Schema(example = "AZC Utrecht") String locatie,
        @NotNull @Schema(description = "Begeleide sessie") Boolean begeleiding,
        @Size(max = 2000) String toelichting) {
}
