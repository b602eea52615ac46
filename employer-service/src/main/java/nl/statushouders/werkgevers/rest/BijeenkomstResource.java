package nl.statushouders.werkgevers.rest;

import nl.statushouders.platform.verwerkingslog.GeenPersoonsgegevens;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.werkgevers.domain.PlanBijeenkomst;
import nl.statushouders.werkgevers.mapping.WerkgeversMapper;
import nl.statushouders.werkgevers.rest.Requests.BijeenkomstRequest;
import nl.statushouders.werkgevers.rest.Responses.BeroepResponse;
import nl.statushouders.werkgevers.rest.Responses.BijeenkomstResponse;
import nl.statushouders.werkgevers.service.Aanvrager;
import nl.statushouders.werkgevers.service.BijeenkomstService;
import nl.statushouders.werkgevers.service.StatushouderService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Company tours, matching meetings and the inventory of former professions. */
@Path("/api/werkgevers/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bijeenkomsten en beroepen", description = "Rondleidingen, matchbijeenkomsten en de beroepeninventarisatie")
@SecurityRequirement(name = "oidc")
@GeenPersoonsgegevens("bijeenkomsten zonder deelnemers en het beroepenoverzicht in aantallen")
public class BijeenkomstResource {

    private final BijeenkomstService service;
    private final StatushouderService statushouders;
    private final WerkgeversMapper mapper;
    private final Caller caller;

    public BijeenkomstResource(BijeenkomstService service, StatushouderService statushouders, WerkgeversMapper mapper,
                               Caller caller) {
        this.service = service;
        this.statushouders = statushouders;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @Path("/bijeenkomsten")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY, Roles.WERKMATCHER})
    @Operation(summary = "Plan een rondleiding of matchbijeenkomst")
    @APIResponse(responseCode = "201", description = "Gepland", content = @Content(schema = @Schema(implementation = BijeenkomstResponse.class)))
    @APIResponse(responseCode = "422", description = "Datum in het verleden, of werkgever onbekend in uw gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> plan(@NotNull @Valid BijeenkomstRequest request,
                              @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        Aanvrager a = Aanvrager.van(caller);
        String gemeente = caller.tenantFor(request.gemeente());
        var command = new PlanBijeenkomst(UUID.randomUUID(), gemeente, request.soort(), request.datum(), request.werkgeverId(),
                request.locatie().trim(), request.omschrijving().trim(), service.vandaag());
        return service.plan(command, a, RequestMetadata.of(caller, gemeente, correlationId))
                .map(b -> Response.created(URI.create(WerkgeverResource.ROOT + "/bijeenkomsten/" + b.id))
                        .entity(mapper.toResponse(b)).build());
    }

    @GET
    @Path("/bijeenkomsten/{id}")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY, Roles.WERKMATCHER})
    @Operation(summary = "Haal een bijeenkomst op")
    @APIResponse(responseCode = "200", description = "De bijeenkomst", content = @Content(schema = @Schema(implementation = BijeenkomstResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BijeenkomstResponse> haalOp(@PathParam("id") String id) {
        return service.bijeenkomst(Ids.parse(id), caller.gemeenten()).map(mapper::toResponse);
    }

    @GET
    @Path("/beroepen")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY, Roles.WERKMATCHER})
    @Operation(summary = "Beroepeninventarisatie",
            description = "Per beroep het aantal statushouders in uw gemeenten met werkervaring daarin (uit de assessments); alleen aantallen.")
    @APIResponse(responseCode = "200", description = "Meest voorkomend eerst",
            content = @Content(schema = @Schema(implementation = BeroepResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<BeroepResponse>> beroepen() {
        return statushouders.beroepen(caller.gemeenten())
                .map(list -> list.stream().map(b -> new BeroepResponse(b.beroep(), b.aantal())).toList());
    }
}
