package nl.statushouders.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.statushouders.intake.domain.Deelnemer;
import nl.statushouders.intake.domain.Leerroute;
import nl.statushouders.intake.domain.Partij;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Werkgesprek", description = "Het gezamenlijke werkgesprek en het plan van aanpak dat eruit volgt")
public record WerkgesprekRequest(
        @NotNull @Schema(format = "date") LocalDate datum,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid DeelnemerDto> deelnemers,
        @Size(max = 1000) @Schema(description = "Verplicht als VluchtelingenWerk niet deelneemt") String redenAfwezigheidVluchtelingenwerk,
        @Schema(description = "Het assessment waarop het gesprek steunt, als dat er is") UUID assessmentId,
        @NotNull @Valid PlanVanAanpakDto planVanAanpak) {

    @Schema(name = "Deelnemer")
    public record DeelnemerDto(@NotNull Deelnemer.Rol rol, @Size(max = 200) String naam) {
    }

    @Schema(name = "PlanVanAanpak")
    public record PlanVanAanpakDto(
            @NotNull Leerroute leerroute,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> doelen,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid AfspraakDto> afspraken,
            @Size(max = 20) List<@NotNull @Valid TrajectvoorstelDto> trajectvoorstellen,
            @NotNull @Schema(format = "date") LocalDate evaluatiedatum) {
    }

    @Schema(name = "Afspraak")
    public record AfspraakDto(@NotBlank @Size(max = 500) String activiteit,
                              @Schema(description = "Precies een verantwoordelijke partij") Partij verantwoordelijke,
                              @Schema(format = "date") LocalDate deadline) {
    }

    @Schema(name = "Trajectvoorstel")
    public record TrajectvoorstelDto(@NotBlank @Size(max = 50) String soort, @Size(max = 1000) String toelichting) {
    }
}
