package nl.statushouders.trajecten.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TrajectStart", description = "De start van een gepland traject; alle regels worden opnieuw getoetst")
public record StartRequest(
        @Schema(format = "date", description = "Leeg: de geplande startdatum") LocalDate startdatum,
        @Size(max = 2000) @Schema(description = "Motivering voor een regel die er een vraagt (bv. bij een traject uit een match)")
        String motivering) {
}
