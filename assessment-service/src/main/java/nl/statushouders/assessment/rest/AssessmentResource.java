package nl.statushouders.assessment.rest;

import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.statushouders.assessment.domain.AssessmentCommand;
import nl.statushouders.assessment.mapping.AssessmentMapper;
import nl.statushouders.assessment.service.AssessmentRecord;
import nl.statushouders.assessment.service.AssessmentService;
import nl.statushouders.platform.rest.IfMatch;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.InvalidParamException;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** NOA assessments and alternative intakes: invite, plan sessions, record the report or a no-show. */
@Path("/api/assessment/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "NOA-assessment, begeleide sessies, alternatieve intake en rapport")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("brede-intake")
public class AssessmentResource {

    static final String ROOT = "/api/assessment/v1/assessments/";

    private final AssessmentService service;
    private final AssessmentMapper mapper;
    private final Caller caller;

    public AssessmentResource(AssessmentService service, AssessmentMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.WERKMATCHER, Roles.COA})
    @Operation(summary = "Nodig een statushouder uit voor een assessment",
            description = "Meestal maakt de dienst de uitnodiging zelf na een startgesprek met besluit NOA of ALTERNATIEF. "
                    + "Een statushouder heeft hoogstens een open (niet afgerond) assessment: een tweede uitnodiging geeft 409 "
                    + "(een-open-assessment-per-statushouder). Een statushouder die in uw gemeenten niet bekend is: 422 op statushouderId.")
    @APIResponse(responseCode = "201", description = "Uitgenodigd; Location wijst naar het assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Er is al een open assessment", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Statushouder onbekend in uw gemeenten", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> nodigUit(@NotNull @Valid UitnodigingRequest request,
                                  @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return service.nodigUit(request.statushouderId(), request.soort(), request.locatie().trim(), caller.gemeenten(),
                        RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.created(URI.create(ROOT + record.id)).tag(etag(record))
                        .entity(mapper.toResponse(record)).build());
    }

    @GET
    @RolesAllowed({Roles.WERKMATCHER, Roles.VLUCHTELINGENWERK})
    @Operation(summary = "De assessments van een statushouder", description = "Oudste eerst; alleen in uw gemeenten.")
    @APIResponse(responseCode = "200", description = "De assessments (leeg als er geen zijn in uw gemeenten)",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "statushouderId ontbreekt of is geen UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<AssessmentResponse>> lijst(
            @Parameter(description = "Verplicht", required = true) @QueryParam("statushouderId") String statushouderId) {
        UUID id = statushouderId(statushouderId);
        return service.vanStatushouder(id, caller.gemeenten())
                .map(records -> records.stream().map(mapper::toResponse).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.WERKMATCHER, Roles.VLUCHTELINGENWERK})
    @Operation(summary = "Haal een assessment op", description = "Met status, sessies en het rapport zodra het is afgerond.")
    @APIResponse(responseCode = "200", description = "Het assessment; ETag is de versie",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> haalOp(@PathParam("id") String id) {
        return service.vind(Ids.parse(id), caller.gemeenten())
                .map(record -> Response.ok(mapper.toResponse(record)).tag(etag(record)).build());
    }

    @POST
    @Path("/{id}/sessies")
    @RolesAllowed({Roles.WERKMATCHER, Roles.COA})
    @Operation(summary = "Plan een sessie",
            description = "Een (begeleide) sessie om het assessment te maken, ook in het AZC. Ook na niet verschijnen. "
                    + "Optioneel If-Match met de ETag: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "201", description = "Gepland; Location wijst naar het assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Afgerond, of gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> planSessie(@PathParam("id") String id, @NotNull @Valid SessieRequest request,
                                    @HeaderParam(IfMatch.HEADER) String ifMatch,
                                    @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return wijzig(id, ifMatch, mapper.toCommand(request, service.vandaag()), correlationId);
    }

    @POST
    @Path("/{id}/resultaat")
    @RolesAllowed({Roles.WERKMATCHER, Roles.NOA_ASSESSMENT})
    @Operation(summary = "Leg het rapport vast",
            description = "Bij NOA: AssessmentCompleted, met opleidingsniveau en alle vier taalvaardigheden. Bij ALTERNATIEF: "
                    + "AlternatieveIntakeCompleted, het profiel voor zover bekend. Een afgerond assessment ligt vast (409).")
    @APIResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Al afgerond, of gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> legResultaatVast(@PathParam("id") String id, @NotNull @Valid ResultaatRequest request,
                                          @HeaderParam(IfMatch.HEADER) String ifMatch,
                                          @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return wijzig(id, ifMatch, mapper.toCommand(request, service.vandaag()), correlationId);
    }

    @POST
    @Path("/{id}/niet-verschenen")
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Meld dat de statushouder niet verscheen",
            description = "Alleen na een geplande sessie die heeft plaatsgevonden. Daarna kan een nieuwe sessie worden gepland.")
    @APIResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Afgerond, of gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> meldNietVerschenen(@PathParam("id") String id, @NotNull @Valid NietVerschenenRequest request,
                                            @HeaderParam(IfMatch.HEADER) String ifMatch,
                                            @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return wijzig(id, ifMatch, new AssessmentCommand.MeldNietVerschenen(request.datum(), service.vandaag()), correlationId);
    }

    private Uni<Response> wijzig(String id, String ifMatch, AssessmentCommand command, String correlationId) {
        return service.wijzig(Ids.parse(id), caller.gemeenten(), IfMatch.version(ifMatch), command,
                        RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.created(URI.create(ROOT + record.id)).tag(etag(record))
                        .entity(mapper.toResponse(record)).build());
    }

    private static UUID statushouderId(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParamException("statushouderId", "is verplicht");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParamException("statushouderId", "is geen UUID");
        }
    }

    private static EntityTag etag(AssessmentRecord record) {
        return new EntityTag(Long.toString(record.versie));
    }
}
