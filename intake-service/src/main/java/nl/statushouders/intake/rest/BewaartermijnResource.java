package nl.statushouders.intake.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.intake.config.BewaartermijnConfig;
import nl.statushouders.intake.service.Bewaartermijnen;
import nl.statushouders.intake.service.IntakeService;
import nl.statushouders.platform.rest.InvalidParamException;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.platform.verwerkingslog.Betrokkenen;
import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The retention job's dry run for the privacy officer: what it erases on a given day, without erasing. */
@Path("/api/intake/v1/bewaartermijnen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verantwoording", description = "Voor de privacy officer")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("verantwoording")
public class BewaartermijnResource {

    private final Bewaartermijnen bewaartermijnen;
    private final BewaartermijnConfig config;
    private final IntakeService intake;
    private final Caller caller;

    public BewaartermijnResource(Bewaartermijnen bewaartermijnen, BewaartermijnConfig config, IntakeService intake,
                                 Caller caller) {
        this.bewaartermijnen = bewaartermijnen;
        this.config = config;
        this.intake = intake;
        this.caller = caller;
    }

    @Schema(name = "Bewaartermijnrapport")
    public record Rapport(@Schema(format = "date") LocalDate peildatum,
                          @Schema(description = "Bewaartermijn van een dossier na afsluiting (ISO 8601)", example = "P5Y") String termijnDossier,
                          @Schema(description = "Dossiers die de dagelijkse taak op de peildatum wist") List<Bewaartermijnen.Verlopen> verlopen)
            implements Betrokkenen {

        @Override
        public Collection<UUID> betrokkenen() {
            return verlopen.stream().map(Bewaartermijnen.Verlopen::statushouderId).toList();
        }
    }

    @GET
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Proefrun van de bewaartermijnen",
            description = "Welke afgesloten dossiers van uw gemeente(n) de dagelijkse taak op de peildatum wist, omdat hun "
                    + "bewaartermijn dan is verstreken. Er wordt niets gewist; alleen kenmerken, geen namen.")
    @APIResponse(responseCode = "200", description = "Het rapport", content = @Content(schema = @Schema(implementation = Rapport.class)))
    @APIResponse(responseCode = "400", description = "peildatum is geen datum", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Rapport> rapport(@QueryParam("peildatum") @Parameter(description = "Standaard vandaag", schema = @Schema(format = "date")) String peildatum) {
        LocalDate dag = peildatum == null || peildatum.isBlank() ? intake.vandaag() : datum(peildatum);
        return bewaartermijnen.verlopen(caller.gemeenten(), dag)
                .map(verlopen -> new Rapport(dag, config.dossier().toString(), verlopen));
    }

    private static LocalDate datum(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParamException("peildatum", "is een datum (JJJJ-MM-DD)");
        }
    }
}
