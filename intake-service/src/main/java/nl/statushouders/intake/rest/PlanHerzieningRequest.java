package nl.statushouders.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanHerziening", description = "Een nieuwe versie van het plan van aanpak")
public record PlanHerzieningRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "Waarom het plan verandert") String reden,
        @NotNull @Valid WerkgesprekRequest.PlanVanAanpakDto planVanAanpak) {
}
