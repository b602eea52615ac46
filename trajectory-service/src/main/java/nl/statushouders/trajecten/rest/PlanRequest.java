package nl.statushouders.trajecten.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.statushouders.trajecten.domain.LeerdoelSoort;
import nl.statushouders.trajecten.domain.Soort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "NieuwTraject", description = "Een nieuw traject voor een statushouder")
public record PlanRequest(
        @NotNull UUID statushouderId,
        @NotNull Soort soort,
        @NotBlank @Size(max = 200) @Schema(description = "Naam van de aanbieder, bv. de taalschool of werkgever") String aanbieder,
        @Size(max = 100) @Schema(description = "Organisatie-claim van de taalschool of het UAF die voor dit traject voortgang meldt")
        String aanbiederOrganisatie,
        UUID plaatsId,
        @NotNull @Schema(format = "date") LocalDate startdatum,
        @NotNull @Schema(format = "date") LocalDate geplandeEinddatum,
        @NotNull @Min(1) @Max(60) Integer urenPerWeek,
        @NotNull @Size(max = 20) List<@NotNull @Valid LeerdoelDto> leerdoelen,
        @Size(max = 2000) @Schema(description = "Verplicht voor een niet-onderwijstraject van een jongere zonder startkwalificatie")
        String motivering) {

    @Schema(name = "Leerdoel")
    public record LeerdoelDto(@NotNull LeerdoelSoort soort, @NotBlank @Size(max = 500) String omschrijving) {
    }
}
