package nl.statushouders.intake.rest;

import jakarta.validation.constraints.NotNull;
import nl.statushouders.intake.domain.Verwijdergrond;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Verwijderingsaanvraag")
public record VerwijderingRequest(
        @NotNull @Schema(description = "Waarom de gegevens worden verwijderd") Verwijdergrond grond) {
}
