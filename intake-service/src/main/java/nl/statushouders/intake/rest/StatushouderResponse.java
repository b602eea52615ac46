package nl.statushouders.intake.rest;

import nl.statushouders.platform.verwerkingslog.Betrokkene;
import com.fasterxml.jackson.annotation.JsonInclude;
import nl.statushouders.intake.domain.Huisvesting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Statushouder", description = "Het intakedossier; bsn en vNummer alleen voor werkmatchers")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatushouderResponse(UUID id, String gemeente, String bsn, String vNummer, String voornaam,
                                   String achternaam, @Schema(format = "date") LocalDate geboortedatum,
                                   List<String> talen, Huisvesting huisvesting,
                                   @Schema(format = "date") LocalDate datumVerblijfsvergunning, String werkmatcher,
                                   @Schema(format = "date") LocalDate startgesprekDatum,
                                   nl.statushouders.intake.domain.AssessmentBesluit assessmentBesluit,
                                   @Schema(format = "date") LocalDate werkgesprekDatum, int planVersie,
                                   @Schema(format = "date", description = "Einde van de begeleiding; de bewaartermijn loopt vanaf hier")
                                   LocalDate afgeslotenOp, nl.statushouders.intake.domain.Afsluitreden afsluitreden, long versie) implements Betrokkene {

    @Override
    public UUID statushouderId() {
        return id;
    }

}
