package nl.statushouders.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.statushouders.assessment.domain.Opleidingsniveau;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Resultaat", description = "Het rapport van NOA, of van de alternatieve intake voor zover bekend. "
        + "Bij NOA zijn opleidingsniveau en alle vier taalvaardigheden verplicht.")
public record ResultaatRequest(
        @NotNull @Schema(format = "date") LocalDate datum,
        @Schema(description = "Verplicht bij NOA; bij de alternatieve intake zonder waarde ONBEKEND") Opleidingsniveau opleidingsniveau,
        @Size(max = 50) List<@NotNull @Valid WerkervaringDto> werkervaring,
        @Valid TaalniveauDto taalniveau,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> competenties,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> kansen,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> belemmeringen,
        @NotBlank @Size(max = 4000) String advies) {

    @Schema(name = "Werkervaring")
    public record WerkervaringDto(@NotBlank @Size(max = 200) String beroep,
                                  @NotNull @Schema(description = "0 tot en met 60") Integer jaren,
                                  @NotBlank @Size(max = 100) String land) {
    }

    @Schema(name = "Taalniveau", description = "Per vaardigheid A0, A1, A2, B1, B2, C1 of C2")
    public record TaalniveauDto(@Schema(example = "A2") String lezen, @Schema(example = "A2") String luisteren,
                                @Schema(example = "A1") String spreken, @Schema(example = "A1") String schrijven) {
    }
}
