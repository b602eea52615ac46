package nl.statushouders.assessment.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "NietVerschenen", description = "De statushouder verscheen niet op de geplande sessie")
public record NietVerschenenRequest(@NotNull @Schema(format = "date") LocalDate datum) {
}
