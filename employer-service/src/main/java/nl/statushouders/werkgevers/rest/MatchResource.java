package nl.statushouders.werkgevers.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.IfMatch;
import nl.statushouders.platform.rest.InvalidParamException;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.werkgevers.mapping.WerkgeversMapper;
import nl.statushouders.werkgevers.rest.Requests.AcceptatieRequest;
import nl.statushouders.werkgevers.rest.Requests.AfwijzingRequest;
import nl.statushouders.werkgevers.rest.Requests.MatchRequest;
import nl.statushouders.werkgevers.rest.Responses.MatchResponse;
import nl.statushouders.werkgevers.service.Aanvrager;
import nl.statushouders.werkgevers.service.MatchRecord;
import nl.statushouders.werkgevers.service.Versioned;
import nl.statushouders.werkgevers.service.WerkgeverService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/werkgevers/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Voorstellen van statushouders op plaatsen en het besluit van de werkgever")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("bemiddeling")
public class MatchResource {

    private final WerkgeverService service;
    private final WerkgeversMapper mapper;
    private final Caller caller;

    public MatchResource(WerkgeverService service, WerkgeversMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Stel een statushouder voor op een plaats")
    @APIResponse(responseCode = "201", description = "Voorgesteld", content = @Content(schema = @Schema(implementation = MatchResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETags.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Statushouder of plaats onbekend in uw gemeente, plaats gesloten of vol, of al een lopende match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> stelVoor(@NotNull @Valid MatchRequest request,
                                  @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        String motivering = request.motivering() == null || request.motivering().isBlank() ? null : request.motivering().trim();
        return service.stelMatchVoor(UUID.randomUUID(), request.statushouderId(), request.plaatsId(), motivering,
                        Boolean.TRUE.equals(request.motiveringVoorWerkgever()), Aanvrager.van(caller), RequestMetadata.of(caller, null, correlationId))
                .map(m -> Response.created(URI.create(WerkgeverResource.ROOT + "/matches/" + m.row().id)).tag(ETags.of(m.version()))
                        .entity(mapper.toResponse(m.row(), gemeentelijk())).build());
    }

    @GET
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY, Roles.WERKMATCHER})
    @Operation(summary = "Matches van een statushouder", description = "Accountbeheerders zien alleen matches bij hun eigen werkgevers.")
    @APIResponse(responseCode = "200", description = "Oudste eerst",
            content = @Content(schema = @Schema(implementation = MatchResponse.class, type = SchemaType.ARRAY)))
    public Uni<List<MatchResponse>> zoek(@QueryParam("statushouderId") String statushouderId) {
        UUID id;
        try {
            id = UUID.fromString(statushouderId == null ? "" : statushouderId);
        } catch (IllegalArgumentException e) {
            throw new InvalidParamException("statushouderId", "is verplicht en een UUID");
        }
        return service.matchesVan(id, Aanvrager.van(caller)).map(list -> list.stream().map(r -> mapper.toResponse(r, gemeentelijk())).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY, Roles.WERKMATCHER})
    @Operation(summary = "Haal een match op")
    @APIResponse(responseCode = "200", description = "De match", content = @Content(schema = @Schema(implementation = MatchResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETags.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> haalOp(@PathParam("id") String id) {
        return service.match(Ids.parse(id), Aanvrager.van(caller)).map(this::metETag);
    }

    @POST
    @Path("/{id}/acceptatie")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY})
    @Operation(summary = "De werkgever accepteert de match", description = "Neemt een plek van de plaats in; trajecten plant daarop het traject. "
            + "Optioneel If-Match met de ETag: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "200", description = "Geaccepteerd", content = @Content(schema = @Schema(implementation = MatchResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETags.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Over de match is al besloten, of gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie van de werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "De plaats is gesloten of vol", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> accepteer(@PathParam("id") String id, @NotNull @Valid AcceptatieRequest request,
                                   @Parameter(description = ETags.IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                   @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return service.accepteer(Ids.parse(id), request.startdatum(), Aanvrager.van(caller), IfMatch.version(ifMatch),
                RequestMetadata.of(caller, null, correlationId)).map(this::metETag);
    }

    @POST
    @Path("/{id}/afwijzing")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY})
    @Operation(summary = "De werkgever wijst de match af", description = "Optioneel If-Match met de ETag: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "200", description = "Afgewezen", content = @Content(schema = @Schema(implementation = MatchResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETags.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Over de match is al besloten, of gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie van de werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> wijsAf(@PathParam("id") String id, @NotNull @Valid AfwijzingRequest request,
                                @Parameter(description = ETags.IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        return service.wijsAf(Ids.parse(id), request.reden().trim(), Aanvrager.van(caller), IfMatch.version(ifMatch),
                RequestMetadata.of(caller, null, correlationId)).map(this::metETag);
    }

    private Response metETag(Versioned<MatchRecord> m) {
        return Response.ok(mapper.toResponse(m.row(), gemeentelijk())).tag(ETags.of(m.version())).build();
    }

    private boolean gemeentelijk() {
        return caller.hasRole(Roles.WERKMATCHER);
    }
}
