package nl.statushouders.intake.rest;

import nl.statushouders.platform.verwerkingslog.Betrokkene;
import nl.statushouders.intake.domain.Afspraak;
import nl.statushouders.intake.domain.Leerroute;
import nl.statushouders.intake.domain.Trajectvoorstel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "PlanVanAanpakView", description = "Het plan van aanpak (PIP) van een statushouder")
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record PlanVanAanpakResponse(UUID statushouderId, int versie,
                                    @Schema(description = "Waarom deze versie het plan wijzigt") String reden,
                                    Leerroute leerroute, List<String> doelen,
                                    List<Afspraak> afspraken, List<Trajectvoorstel> trajectvoorstellen,
                                    @Schema(format = "date") LocalDate evaluatiedatum,
                                    @Schema(format = "date") LocalDate werkgesprekDatum,
                                    @Schema(description = "Wanneer deze versie is vastgelegd") java.time.Instant vastgesteldOp) implements Betrokkene {
}
