package nl.statushouders.intake.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.statushouders.intake.domain.Verwijdergrond;
import nl.statushouders.intake.service.IntakeService;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.platform.verwerkingslog.Betrokkene;
import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Erasure of a statushouder's data (AVG article 17), in two steps: a werkmatcher asks, a teamleider
 * approves. Approval destroys the person's key (crypto-shredding) and publishes statushouder-verwijderd,
 * on which every service removes what it holds; from then on every API answers 404 for the person.
 */
@Path("/api/intake/v1/statushouders/{id}/verwijdering")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Verwijdering", description = "Gegevens van een statushouder wissen (AVG artikel 17)")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("verwijdering")
public class VerwijderingResource {

    private final IntakeService service;
    private final Caller caller;

    public VerwijderingResource(IntakeService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Schema(name = "Verwijdering")
    public record VerwijderingResponse(UUID statushouderId, String status, Verwijdergrond grond) implements Betrokkene {
    }

    @POST
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Vraag verwijdering aan", description = "Een teamleider keurt haar goed; pas dan worden de gegevens gewist.")
    @APIResponse(responseCode = "202", description = "Aangevraagd", content = @Content(schema = @Schema(implementation = VerwijderingResponse.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> vraagAan(@PathParam("id") String id, @NotNull @Valid VerwijderingRequest request,
                                  @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return service.vraagVerwijderingAan(Ids.parse(id), caller.gemeenten(), request.grond(),
                        RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.accepted(new VerwijderingResponse(record.id, "AANGEVRAAGD", request.grond())).build());
    }

    @POST
    @Path("/goedkeuring")
    @RolesAllowed(Roles.TEAMLEIDER)
    @Operation(summary = "Keur de aangevraagde verwijdering goed",
            description = "Door een teamleider die haar niet zelf aanvroeg. Vernietigt de sleutel van de persoon en wist het dossier.")
    @APIResponse(responseCode = "200", description = "Verwijderd", content = @Content(schema = @Schema(implementation = VerwijderingResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente, of al verwijderd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Geen aanvraag, of goedkeuring door de aanvrager zelf", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VerwijderingResponse> keurGoed(@PathParam("id") String id,
                                              @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        UUID statushouderId = Ids.parse(id);
        return service.keurVerwijderingGoed(statushouderId, caller.gemeenten(), RequestMetadata.of(caller, null, correlationId))
                .replaceWith(new VerwijderingResponse(statushouderId, "VERWIJDERD", null));
    }
}
