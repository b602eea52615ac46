package nl.statushouders.assessment.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.statushouders.assessment.domain.Soort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Uitnodiging", description = "Uitnodiging voor NOA of de alternatieve intake met pictogrammen")
public record UitnodigingRequest(
        @NotNull @Schema(description = "Statushouder, bekend uit de aanmelding bij intake") UUID statushouderId,
        @NotNull @Schema(description = "NOA of ALTERNATIEF (pictogrammen)") Soort soort,
        @NotBlank @Size(max = 200) @Schema(example = "Werkplein Utrecht") String locatie) {
}
