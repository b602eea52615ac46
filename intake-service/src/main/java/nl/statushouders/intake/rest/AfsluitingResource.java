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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import nl.statushouders.intake.domain.IntakeCommand;
import nl.statushouders.intake.mapping.IntakeMapper;
import nl.statushouders.intake.service.IntakeService;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Closing a file when the guidance ends: from that day its retention period runs (docs/privacy.md). */
@Path("/api/intake/v1/statushouders/{id}/afsluiting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statushouders")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("intake")
public class AfsluitingResource {

    private final IntakeService service;
    private final IntakeMapper mapper;
    private final Caller caller;

    public AfsluitingResource(IntakeService service, IntakeMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.WERKMATCHER, Roles.TEAMLEIDER})
    @Operation(summary = "Sluit het dossier af", description = "Als de begeleiding is geëindigd (werk, onderwijs, verhuizing of "
            + "anders). Eenmalig; de bewaartermijn van het dossier loopt vanaf de datum.")
    @APIResponse(responseCode = "200", description = "Afgesloten", content = @Content(schema = @Schema(implementation = StatushouderResponse.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Al afgesloten, of een datum in de toekomst", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> sluitAf(@PathParam("id") String id, @NotNull @Valid AfsluitingRequest request,
                                 @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return service.wijzig(Ids.parse(id), caller.gemeenten(), null,
                        new IntakeCommand.SluitDossierAf(request.datum(), request.reden(), service.vandaag()),
                        RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.ok(mapper.toResponse(record, caller.hasRole(Roles.WERKMATCHER)))
                        .tag(new EntityTag(Long.toString(record.versie))).build());
    }
}
