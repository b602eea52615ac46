package nl.statushouders.werkgevers.rest;

import nl.statushouders.platform.verwerkingslog.Betrokkene;
import nl.statushouders.werkgevers.domain.Leerdoel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the employer API. No statushouder names: this service does not have them. */
public final class Responses {

    private Responses() {
    }

    @Schema(name = "Werkgever")
    public record WerkgeverResponse(UUID id, String gemeente, String naam, String kvkNummer, String sector, String soort,
                                    String accountbeheerder, String accountbeheerderOrganisatie, long versie,
                                    Instant geregistreerdOp) {
    }

    @Schema(name = "Plaats")
    public record PlaatsResponse(UUID id, UUID werkgeverId, String gemeente, String soort, String functie, String beroep,
                                 int urenPerWeek, String minimaalTaalniveau, int aantal, int bezet, boolean open,
                                 List<Leerdoel> leerdoelen) {
    }

    @Schema(name = "Match")
    public record MatchResponse(UUID id, UUID statushouderId, UUID plaatsId, UUID werkgeverId, String gemeente,
                                String status,
                                @Schema(description = "Alleen voor de gemeente, tenzij geschreven voor de werkgever") String motivering,
                                boolean motiveringVoorWerkgever, @Schema(format = "date") LocalDate startdatum,
                                String reden) implements Betrokkene {
    }

    @Schema(name = "Kandidaat", description = "Alleen id, score en redenen: deze dienst kent geen namen")
    public record KandidaatResponse(UUID statushouderId, int score, List<String> redenen) implements Betrokkene {
    }

    @Schema(name = "Taalvoucher")
    public record TaalvoucherResponse(UUID id, UUID werkgeverId, UUID statushouderId, String gemeente,
                                      @Schema(description = "Euro cents") long bedrag, int maanden, int jaar) implements Betrokkene {
    }

    @Schema(name = "Bijeenkomst")
    public record BijeenkomstResponse(UUID id, String gemeente, String soort, @Schema(format = "date") LocalDate datum,
                                      UUID werkgeverId, String locatie, String omschrijving) {
    }

    @Schema(name = "Beroep", description = "Aantal statushouders met werkervaring in dit beroep")
    public record BeroepResponse(String beroep, int aantal) {
    }
}
