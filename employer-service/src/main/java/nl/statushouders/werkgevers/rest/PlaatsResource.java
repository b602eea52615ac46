package nl.statushouders.werkgevers.rest;

import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import nl.statushouders.platform.verwerkingslog.GeenPersoonsgegevens;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import nl.statushouders.werkgevers.domain.PlaatsSoort;
import nl.statushouders.werkgevers.mapping.WerkgeversMapper;
import nl.statushouders.werkgevers.rest.Requests.SluitingRequest;
import nl.statushouders.werkgevers.rest.Responses.KandidaatResponse;
import nl.statushouders.werkgevers.rest.Responses.PlaatsResponse;
import nl.statushouders.werkgevers.service.Aanvrager;
import nl.statushouders.werkgevers.service.StatushouderService;
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

import java.util.List;
import java.util.UUID;

@Path("/api/werkgevers/v1/plaatsen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plaatsen", description = "Plaatsen bij werkgevers en kandidaten ervoor")
@SecurityRequirement(name = "oidc")
@GeenPersoonsgegevens("plaatsen van werkgevers; de kandidatenlijst is apart aangewezen")
public class PlaatsResource {

    private final WerkgeverService service;
    private final StatushouderService statushouders;
    private final WerkgeversMapper mapper;
    private final Caller caller;

    public PlaatsResource(WerkgeverService service, StatushouderService statushouders, WerkgeversMapper mapper, Caller caller) {
        this.service = service;
        this.statushouders = statushouders;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY, Roles.WERKMATCHER})
    @Operation(summary = "Zoek plaatsen", description = "Werkmatchers zien alle plaatsen in hun gemeenten, accountbeheerders die van hun eigen werkgevers.")
    @APIResponse(responseCode = "200", description = "De plaatsen, nieuwste eerst",
            content = @Content(schema = @Schema(implementation = PlaatsResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<PlaatsResponse>> zoek(@QueryParam("soort") String soort, @QueryParam("werkgeverId") String werkgeverId,
                                          @QueryParam("open") Boolean open) {
        String s = null;
        if (soort != null && !soort.isBlank()) {
            try {
                s = PlaatsSoort.valueOf(soort).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidParamException("soort", "onbekende soort plaats");
            }
        }
        UUID werkgever = null;
        if (werkgeverId != null && !werkgeverId.isBlank()) {
            try {
                werkgever = UUID.fromString(werkgeverId);
            } catch (IllegalArgumentException e) {
                throw new InvalidParamException("werkgeverId", "is geen UUID");
            }
        }
        return service.plaatsen(Aanvrager.van(caller), s, werkgever, open)
                .map(list -> list.stream().map(mapper::toResponse).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY, Roles.WERKMATCHER})
    @Operation(summary = "Haal een plaats op")
    @APIResponse(responseCode = "200", description = "De plaats", content = @Content(schema = @Schema(implementation = PlaatsResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETags.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> haalOp(@PathParam("id") String id) {
        return service.plaatsMetVersie(Ids.parse(id), Aanvrager.van(caller))
                .map(p -> Response.ok(mapper.toResponse(p.row())).tag(ETags.of(p.version())).build());
    }

    @POST
    @Path("/{id}/sluiting")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY})
    @Operation(summary = "Sluit een plaats", description = "Er worden geen matches meer op voorgesteld of geaccepteerd. "
            + "Optioneel If-Match met de ETag: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "200", description = "Gesloten", content = @Content(schema = @Schema(implementation = PlaatsResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETags.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie van de werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> sluit(@PathParam("id") String id, @Valid SluitingRequest request,
                               @Parameter(description = ETags.IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        String reden = request == null || request.reden() == null || request.reden().isBlank() ? null : request.reden().trim();
        return service.sluitPlaats(Ids.parse(id), Aanvrager.van(caller), IfMatch.version(ifMatch), reden,
                        RequestMetadata.of(caller, null, correlationId))
                .map(p -> Response.ok(mapper.toResponse(p.row())).tag(ETags.of(p.version())).build());
    }

    @Verwerkingsactiviteit("bemiddeling")
    @GET
    @Path("/{id}/kandidaten")
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Kandidaten voor een plaats",
            description = "Statushouders van de gemeente van de plaats, gerangschikt met score en redenen (taalniveau, werkervaring, uren). Alleen ids: namen staan in de intake-dienst.")
    @APIResponse(responseCode = "200", description = "Gerangschikt, hoogste score eerst",
            content = @Content(schema = @Schema(implementation = KandidaatResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "Onbekend of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<KandidaatResponse>> kandidaten(@PathParam("id") String id) {
        return service.plaats(Ids.parse(id), Aanvrager.van(caller))
                .chain(statushouders::kandidaten)
                .map(list -> list.stream().map(k -> new KandidaatResponse(k.statushouderId(), k.score(), k.redenen())).toList());
    }
}
