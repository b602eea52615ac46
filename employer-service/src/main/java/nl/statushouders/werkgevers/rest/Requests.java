package nl.statushouders.werkgevers.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.statushouders.werkgevers.domain.Accountbeheerder;
import nl.statushouders.werkgevers.domain.BijeenkomstSoort;
import nl.statushouders.werkgevers.domain.LeerdoelSoort;
import nl.statushouders.werkgevers.domain.PlaatsSoort;
import nl.statushouders.werkgevers.domain.Taalniveau;
import nl.statushouders.werkgevers.domain.WerkgeverSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the employer API. Shape is checked here (400); business rules in the policies (422). */
public final class Requests {

    private Requests() {
    }

    @Schema(name = "WerkgeverRegistratie", description = "Een werkgever, aangebracht door het WSP of de Social Impact Factory")
    public record WerkgeverRequest(
            @NotBlank @Size(max = 200) String naam,
            @NotNull @Pattern(regexp = "\\d{8}", message = "bestaat uit 8 cijfers") @Schema(example = "12345678") String kvkNummer,
            @NotBlank @Size(max = 100) @Schema(example = "Zorg") String sector,
            @NotNull WerkgeverSoort soort,
            @NotNull @Schema(description = "Moet passen bij uw rol") Accountbeheerder accountbeheerder,
            @Pattern(regexp = "\\d{4}", message = "is een CBS-gemeentecode van 4 cijfers") @Schema(description = "Alleen nodig als u voor meer gemeenten werkt", example = "0344") String gemeente) {
    }

    @Schema(name = "Leerdoel")
    public record LeerdoelDto(@NotNull LeerdoelSoort soort, @NotBlank @Size(max = 500) String omschrijving) {
    }

    @Schema(name = "PlaatsAanbod", description = "Een plaats bij een werkgever")
    public record PlaatsRequest(
            @NotNull PlaatsSoort soort,
            @NotBlank @Size(max = 200) String functie,
            @Size(max = 200) @Schema(description = "Beroep, voor het matchen op werkervaring") String beroep,
            @NotNull @Schema(description = "1 tot en met 40") Integer urenPerWeek,
            @NotNull @Schema(description = "Minimaal gesproken taalniveau") Taalniveau minimaalTaalniveau,
            @NotNull @Schema(description = "Aantal plekken, ten minste 1") Integer aantal,
            @NotNull @Size(max = 20) List<@NotNull @Valid LeerdoelDto> leerdoelen) {
    }

    @Schema(name = "PlaatsSluiting")
    public record SluitingRequest(@Size(max = 2000) String reden) {
    }

    @Schema(name = "MatchVoorstel")
    public record MatchRequest(@NotNull UUID statushouderId, @NotNull UUID plaatsId, @Size(max = 2000) String motivering,
                               @Schema(description = "De motivering is geschreven voor de accountbeheerder van de werkgever; "
                                       + "zonder dit ziet alleen de gemeente haar") Boolean motiveringVoorWerkgever) {
    }

    @Schema(name = "MatchAcceptatie")
    public record AcceptatieRequest(@NotNull @Schema(format = "date") LocalDate startdatum) {
    }

    @Schema(name = "MatchAfwijzing")
    public record AfwijzingRequest(@NotBlank @Size(max = 2000) String reden) {
    }

    @Schema(name = "TaalvoucherAanvraag")
    public record TaalvoucherRequest(
            @NotNull UUID statushouderId,
            @NotNull @Min(value = 1, message = "is ten minste 1 eurocent") @Max(value = 10_000_000, message = "is hoogstens 100.000 euro") @Schema(description = "Bedrag in eurocent", example = "150000") Long bedrag,
            @NotNull @Min(1) @Max(24) Integer maanden) {
    }

    @Schema(name = "BijeenkomstPlanning")
    public record BijeenkomstRequest(
            @NotNull BijeenkomstSoort soort,
            @NotNull @Schema(format = "date") LocalDate datum,
            UUID werkgeverId,
            @NotBlank @Size(max = 300) String locatie,
            @NotBlank @Size(max = 2000) String omschrijving,
            @Pattern(regexp = "\\d{4}", message = "is een CBS-gemeentecode van 4 cijfers") String gemeente) {
    }
}
