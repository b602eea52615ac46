package nl.statushouders.intake.rest;

import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.statushouders.intake.domain.IntakeCommand;
import nl.statushouders.intake.mapping.IntakeMapper;
import nl.statushouders.intake.service.IntakeService;
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

import java.net.URI;
import java.util.UUID;

/** The two conversations of the intake: the startgesprek and the joint werkgesprek. */
@Path("/api/intake/v1/statushouders/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Gesprekken", description = "Startgesprek en werkgesprek")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("intake")
public class GesprekResource {

    private final IntakeService service;
    private final IntakeMapper mapper;
    private final Caller caller;

    public GesprekResource(IntakeService service, IntakeMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Path("/startgesprekken")
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Leg het startgesprek vast", description = "Met het besluit over het assessment: NOA, ALTERNATIEF (pictogrammen) of GEEN.")
    @APIResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het dossier",
            content = @Content(schema = @Schema(implementation = StatushouderResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> houdStartgesprek(@PathParam("id") String id, @NotNull @Valid StartgesprekRequest request,
                                          @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        var command = new IntakeCommand.HoudStartgesprek(request.datum(), request.werkmatcher().trim(),
                request.assessmentBesluit(), request.motivering(), service.vandaag());
        return service.wijzig(Ids.parse(id), caller.gemeenten(), null, command, RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.created(URI.create("/api/intake/v1/statushouders/" + record.id))
                        .tag(new EntityTag(Long.toString(record.versie)))
                        .entity(mapper.toResponse(record, true)).build());
    }

    @POST
    @Path("/werkgesprekken")
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Leg het werkgesprek en het plan van aanpak vast",
            description = "Gezamenlijk met VluchtelingenWerk, of met een reden waarom VluchtelingenWerk ontbreekt.")
    @APIResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het plan van aanpak",
            content = @Content(schema = @Schema(implementation = PlanVanAanpakResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Er is al een plan, of het dossier is intussen gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> houdWerkgesprek(@PathParam("id") String id, @NotNull @Valid WerkgesprekRequest request,
                                         @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        UUID statushouderId = Ids.parse(id);
        return service.wijzig(statushouderId, caller.gemeenten(), null, mapper.toCommand(request, service.vandaag()),
                        RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.created(URI.create("/api/intake/v1/statushouders/" + record.id + "/plan-van-aanpak"))
                        .tag(new EntityTag(Integer.toString(record.planVersie)))
                        .entity(mapper.toPlanResponse(record))
                        .build());
    }
}
