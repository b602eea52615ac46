package nl.statushouders.intake.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WerkmatcherToewijzing")
public record WerkmatcherRequest(
        @NotBlank @Size(max = 100) @Schema(description = "Gebruikersnaam van de werkmatcher", example = "werkmatcher.utrecht") String werkmatcher) {
}
