package nl.statushouders.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.statushouders.intake.domain.Huisvesting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Registratie", description = "Aanmelding van een statushouder bij de gemeente")
public record RegistratieRequest(
        @NotBlank @ValidBsn @Schema(description = "Burgerservicenummer, 9 cijfers met elfproef", example = "111222333") String bsn,
        @Pattern(regexp = "\\d{10}", message = "bestaat uit 10 cijfers") @Schema(description = "V-nummer van de IND", example = "1234567890") String vNummer,
        @NotBlank @Size(max = 200) String voornaam,
        @NotBlank @Size(max = 200) String achternaam,
        @NotNull @Past @Schema(format = "date") LocalDate geboortedatum,
        @NotEmpty List<@NotBlank @Size(max = 100) String> talen,
        @NotNull @Valid HuisvestingDto huisvesting,
        @NotNull @PastOrPresent @Schema(format = "date") LocalDate datumVerblijfsvergunning,
        @Pattern(regexp = "\\d{4}", message = "is een CBS-gemeentecode van 4 cijfers") @Schema(description = "CBS-code; alleen nodig als u voor meer gemeenten werkt", example = "0344") String gemeente) {

    @Schema(name = "Huisvesting")
    public record HuisvestingDto(@NotNull Huisvesting.Status status, @Size(max = 200) String azcLocatie) {
    }
}
