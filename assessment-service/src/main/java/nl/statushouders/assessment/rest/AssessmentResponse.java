package nl.statushouders.assessment.rest;

import nl.statushouders.platform.verwerkingslog.Betrokkene;
import nl.statushouders.assessment.domain.Opleidingsniveau;
import nl.statushouders.assessment.domain.Soort;
import nl.statushouders.assessment.domain.Status;
import nl.statushouders.assessment.domain.Taalniveau;
import nl.statushouders.assessment.domain.Werkervaring;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Assessment", description = "Een assessment met zijn sessies en, als het is afgerond, het rapport")
public record AssessmentResponse(UUID id, UUID statushouderId, String gemeente, Soort soort, String locatie,
                                 Status status, List<SessieView> sessies,
                                 @Schema(description = "Data waarop de statushouder niet verscheen") List<LocalDate> nietVerschenen,
                                 @Schema(description = "Alleen als het assessment is afgerond") RapportView rapport,
                                 @Schema(description = "Het intake-event dat tot de uitnodiging leidde, als intake erom vroeg") UUID startgesprekEventId,
                                 @Schema(description = "Versie van het assessment (ook de ETag)") long versie) implements Betrokkene {

    @Schema(name = "GeplandeSessie")
    public record SessieView(@Schema(format = "date") LocalDate datum, String locatie, boolean begeleiding,
                             String toelichting) {
    }

    @Schema(name = "Rapport", description = "Het profiel; bij de alternatieve intake voor zover bekend")
    public record RapportView(@Schema(format = "date") LocalDate datum, boolean alternatieveIntake,
                              Opleidingsniveau opleidingsniveau, List<Werkervaring> werkervaring, Taalniveau taalniveau,
                              List<String> competenties, List<String> kansen, List<String> belemmeringen,
                              String advies) {
    }
}
