package nl.statushouders.intake.rest;

import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.statushouders.intake.domain.IntakeCommand;
import nl.statushouders.intake.mapping.IntakeMapper;
import nl.statushouders.intake.service.IntakeService;
import nl.statushouders.platform.rest.IfMatch;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The one plan van aanpak (PIP) of a statushouder: read, revise, and its history. ETag = plan version. */
@Path("/api/intake/v1/statushouders/{id}/plan-van-aanpak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan van aanpak", description = "Het plan van aanpak (PIP) en zijn versies")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("intake")
public class PlanVanAanpakResource {

    private final IntakeService service;
    private final IntakeMapper mapper;
    private final Caller caller;

    public PlanVanAanpakResource(IntakeService service, IntakeMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.WERKMATCHER, Roles.VLUCHTELINGENWERK})
    @Operation(summary = "Haal het huidige plan van aanpak op")
    @APIResponse(responseCode = "200", description = "Het plan; ETag is de planversie",
            content = @Content(schema = @Schema(implementation = PlanVanAanpakResponse.class)))
    @APIResponse(responseCode = "404", description = "Geen plan, onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> planVanAanpak(@PathParam("id") String id) {
        return service.vind(Ids.parse(id), caller.gemeenten())
                .map(record -> {
                    if (record.planVanAanpak == null) {
                        throw new NotFoundException();
                    }
                    return Response.ok(mapper.toPlanResponse(record)).tag(new EntityTag(Integer.toString(record.planVersie))).build();
                });
    }

    @PUT
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Herzie het plan van aanpak", description = "Maakt een nieuwe versie met de reden van de wijziging. "
            + "Stuur If-Match met de ETag van de versie die u wijzigt: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "200", description = "De nieuwe versie", content = @Content(schema = @Schema(implementation = PlanVanAanpakResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Nog geen plan, of gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> herzien(@PathParam("id") String id, @NotNull @Valid PlanHerzieningRequest request,
                                 @HeaderParam(IfMatch.HEADER) String ifMatch,
                                 @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        Long verwacht = IfMatch.version(ifMatch);
        var command = new IntakeCommand.HerzienPlan(request.reden().trim(), mapper.toPlan(request.planVanAanpak()),
                verwacht == null ? null : verwacht.intValue());
        return service.wijzig(Ids.parse(id), caller.gemeenten(), null, command, RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.ok(mapper.toPlanResponse(record))
                        .tag(new EntityTag(Integer.toString(record.planVersie))).build());
    }

    @GET
    @Path("/versies")
    @RolesAllowed({Roles.WERKMATCHER, Roles.VLUCHTELINGENWERK})
    @Operation(summary = "Alle versies van het plan van aanpak", description = "Oudste eerst, met reden en moment van vaststelling.")
    @APIResponse(responseCode = "200", description = "De versies",
            content = @Content(schema = @Schema(implementation = PlanVanAanpakResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<PlanVanAanpakResponse>> versies(@PathParam("id") String id) {
        UUID statushouderId = Ids.parse(id);
        return service.planVersies(statushouderId, caller.gemeenten())
                .map(versies -> versies.stream().map(v -> mapper.toPlanResponse(statushouderId, v)).toList());
    }
}
