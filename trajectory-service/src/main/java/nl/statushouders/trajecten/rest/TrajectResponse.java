package nl.statushouders.trajecten.rest;

import nl.statushouders.platform.verwerkingslog.Betrokkene;
import nl.statushouders.trajecten.domain.Examen;
import nl.statushouders.trajecten.domain.Leerdoel;
import nl.statushouders.trajecten.domain.Reden;
import nl.statushouders.trajecten.domain.Soort;
import nl.statushouders.trajecten.domain.Taalniveau;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Traject", description = "Een traject met zijn plan, status en de laatste voortgang")
public record TrajectResponse(
        UUID id,
        UUID statushouderId,
        String gemeente,
        Soort soort,
        @Schema(description = "GEPLAND, ACTIEF of BEEINDIGD") String status,
        Plan plan,
        @Schema(format = "date") LocalDate gestartOp,
        Beeindiging beeindiging,
        Voortgang laatsteVoortgang,
        @Schema(description = "Aantal voortgangsmeldingen") int aantalVoortgangsmeldingen,
        @Schema(description = "Versie van het traject (aantal events)") long versie) implements Betrokkene {

    @Schema(name = "TrajectPlan")
    public record Plan(String aanbieder, String aanbiederOrganisatie, UUID plaatsId, UUID matchId,
                       @Schema(format = "date") LocalDate startdatum, @Schema(format = "date") LocalDate geplandeEinddatum,
                       int urenPerWeek, List<Leerdoel> leerdoelen, String motivering) {
    }

    @Schema(name = "TrajectBeeindiging")
    public record Beeindiging(@Schema(format = "date") LocalDate datum, Reden reden) {
    }

    @Schema(name = "TrajectVoortgang")
    public record Voortgang(@Schema(format = "date") LocalDate datum, Integer aanwezigheidPercentage, Taalniveau taalniveau,
                            String toelichting, Examen examen, String gemeldDoor) {
    }
}
