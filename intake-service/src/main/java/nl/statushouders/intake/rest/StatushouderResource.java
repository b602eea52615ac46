package nl.statushouders.intake.rest;

import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import nl.statushouders.intake.mapping.IntakeMapper;
import nl.statushouders.intake.service.DuplicateBsnException;
import nl.statushouders.intake.service.IntakeService;
import nl.statushouders.intake.domain.IntakeCommand;
import nl.statushouders.platform.rest.IfMatch;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/intake/v1/statushouders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statushouders", description = "Aanmelding, werkgesprek en plan van aanpak")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("intake")
public class StatushouderResource {

    private final IntakeService service;
    private final IntakeMapper mapper;
    private final Caller caller;

    public StatushouderResource(IntakeService service, IntakeMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.WERKMATCHER, Roles.COA})
    @Operation(summary = "Meld een statushouder aan", description = "Door een werkmatcher of bij overdracht door het COA.")
    @APIResponse(responseCode = "201", description = "Aangemeld",
            content = @Content(schema = @Schema(implementation = StatushouderResponse.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "BSN al aangemeld in deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> registreer(@NotNull @Valid RegistratieRequest request,
                                    @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        String gemeente = caller.tenantFor(request.gemeente());
        UUID id = UUID.randomUUID();
        var command = mapper.toCommand(id, gemeente, request, service.vandaag());
        return service.registreer(command, request.bsn(), request.vNummer(), RequestMetadata.of(caller, gemeente, correlationId))
                .map(record -> Response.created(URI.create("/api/intake/v1/statushouders/" + record.id))
                        .tag(new EntityTag(Long.toString(record.versie)))
                        .entity(mapper.toResponse(record, caller.hasRole(Roles.WERKMATCHER)))
                        .build())
                .onFailure(DuplicateBsnException.class).recoverWithItem(e -> duplicate((DuplicateBsnException) e));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.WERKMATCHER, Roles.TEAMLEIDER, Roles.VLUCHTELINGENWERK})
    @Operation(summary = "Haal een intakedossier op", description = "BSN en V-nummer alleen voor werkmatchers.")
    @APIResponse(responseCode = "200", description = "Het dossier",
            content = @Content(schema = @Schema(implementation = StatushouderResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> haalOp(@PathParam("id") String id) {
        return service.vind(Ids.parse(id), caller.gemeenten())
                .map(record -> Response.ok(mapper.toResponse(record, caller.hasRole(Roles.WERKMATCHER)))
                        .tag(new EntityTag(Long.toString(record.versie)))
                        .build());
    }

    @POST
    @Path("/_zoek")
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Zoek een dossier op BSN", description = "Alleen voor werkmatchers; het BSN staat in de body, niet in de URL.")
    @APIResponse(responseCode = "200", description = "De dossiers met dit BSN in uw gemeenten (nul of een per gemeente)",
            content = @Content(schema = @Schema(implementation = StatushouderResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<StatushouderResponse>> zoek(@NotNull @Valid BsnZoekRequest request) {
        return service.zoekOpBsn(request.bsn(), caller.gemeenten())
                .map(records -> records.stream().map(r -> mapper.toResponse(r, true)).toList());
    }

    @PUT
    @Path("/{id}/werkmatcher")
    @RolesAllowed({Roles.WERKMATCHER, Roles.TEAMLEIDER})
    @Operation(summary = "Wijs een werkmatcher toe, of wijzig de toewijzing",
            description = "Met If-Match (de ETag van het dossier) wordt een verouderde wijziging geweigerd (412).")
    @APIResponse(responseCode = "200", description = "Toegewezen", content = @Content(schema = @Schema(implementation = StatushouderResponse.class)))
    @APIResponse(responseCode = "409", description = "Gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is verouderd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> wijsWerkmatcherToe(@PathParam("id") String id, @NotNull @Valid WerkmatcherRequest request,
                                            @HeaderParam(IfMatch.HEADER) String ifMatch,
                                            @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return service.wijzig(Ids.parse(id), caller.gemeenten(), IfMatch.version(ifMatch),
                        new IntakeCommand.WijsWerkmatcherToe(request.werkmatcher().trim()),
                        RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.ok(mapper.toResponse(record, caller.hasRole(Roles.WERKMATCHER)))
                        .tag(new EntityTag(Long.toString(record.versie))).build());
    }

    private Response duplicate(DuplicateBsnException e) {
        // Only a werkmatcher may learn which file already holds this BSN.
        String detail = e.getMessage() + (caller.hasRole(Roles.WERKMATCHER) && e.bestaandId() != null
                ? " Bestaand dossier: /api/intake/v1/statushouders/" + e.bestaandId() : "");
        return Problem.response(409, "BSN al aangemeld (" + DuplicateBsnException.POLICY + ")", detail);
    }
}
