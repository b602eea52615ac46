package nl.statushouders.werkgevers.rest;

import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.IfMatch;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.werkgevers.domain.Leerdoel;
import nl.statushouders.werkgevers.domain.WerkgeverCommand;
import nl.statushouders.werkgevers.mapping.WerkgeversMapper;
import nl.statushouders.werkgevers.rest.Requests.PlaatsRequest;
import nl.statushouders.werkgevers.rest.Requests.TaalvoucherRequest;
import nl.statushouders.werkgevers.rest.Requests.WerkgeverRequest;
import nl.statushouders.werkgevers.rest.Responses.PlaatsResponse;
import nl.statushouders.werkgevers.rest.Responses.TaalvoucherResponse;
import nl.statushouders.werkgevers.rest.Responses.WerkgeverResponse;
import nl.statushouders.werkgevers.service.Aanvrager;
import nl.statushouders.werkgevers.service.DuplicateKvkException;
import nl.statushouders.werkgevers.service.TaalvoucherService;
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
import java.util.UUID;

@Path("/api/werkgevers/v1/werkgevers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Werkgevers", description = "Werkgevers, hun plaatsen en taalvouchers")
@SecurityRequirement(name = "oidc")
@GeenPersoonsgegevens("werkgevers en hun plaatsen; de taalvoucher noemt een statushouder en is apart aangewezen")
public class WerkgeverResource {

    static final String ROOT = "/api/werkgevers/v1";

    private final WerkgeverService service;
    private final TaalvoucherService taalvouchers;
    private final WerkgeversMapper mapper;
    private final Caller caller;

    public WerkgeverResource(WerkgeverService service, TaalvoucherService taalvouchers, WerkgeversMapper mapper, Caller caller) {
        this.service = service;
        this.taalvouchers = taalvouchers;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY})
    @Operation(summary = "Registreer een werkgever",
            description = "Door het werkgeversservicepunt of de Social Impact Factory; uw organisatie wordt accountbeheerder.")
    @APIResponse(responseCode = "201", description = "Geregistreerd", content = @Content(schema = @Schema(implementation = WerkgeverResponse.class)))
    @APIResponse(responseCode = "409", description = "KvK-nummer al geregistreerd in deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "accountbeheerder past niet bij uw rol", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> registreer(@NotNull @Valid WerkgeverRequest request,
                                    @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        Aanvrager a = Aanvrager.van(caller);
        String gemeente = caller.tenantFor(request.gemeente());
        var command = new WerkgeverCommand.RegistreerWerkgever(UUID.randomUUID(), gemeente, request.naam().trim(),
                request.kvkNummer(), request.sector().trim(), request.soort(), request.accountbeheerder(), a.organisatie(),
                a.rollen());
        return service.registreer(command, RequestMetadata.of(caller, gemeente, correlationId))
                .map(r -> Response.created(URI.create(ROOT + "/werkgevers/" + r.id))
                        .tag(ETags.of(r.versie)).entity(mapper.toResponse(r)).build())
                .onFailure(DuplicateKvkException.class).recoverWithItem(e -> Problem.response(409,
                        "KvK-nummer al geregistreerd (" + DuplicateKvkException.POLICY + ")", e.getMessage()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY, Roles.WERKMATCHER})
    @Operation(summary = "Haal een werkgever op", description = "Accountbeheerders zien alleen hun eigen werkgevers.")
    @APIResponse(responseCode = "200", description = "De werkgever", content = @Content(schema = @Schema(implementation = WerkgeverResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETags.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> haalOp(@PathParam("id") String id) {
        return service.werkgever(Ids.parse(id), Aanvrager.van(caller))
                .map(r -> Response.ok(mapper.toResponse(r)).tag(ETags.of(r.versie)).build());
    }

    @POST
    @Path("/{id}/plaatsen")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY})
    @Operation(summary = "Bied een plaats aan", description = "Alleen door de accountbeheerder van deze werkgever. "
            + "Optioneel If-Match met de ETag van de werkgever: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "201", description = "Aangeboden", content = @Content(schema = @Schema(implementation = PlaatsResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETags.BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie van de werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> biedPlaatsAan(@PathParam("id") String id, @NotNull @Valid PlaatsRequest request,
                                       @Parameter(description = ETags.IF_MATCH) @HeaderParam(IfMatch.HEADER) String ifMatch,
                                       @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        UUID werkgeverId = Ids.parse(id);
        Long expectedVersion = IfMatch.version(ifMatch);
        var command = new WerkgeverCommand.BiedPlaatsAan(UUID.randomUUID(), request.soort(), request.functie().trim(),
                request.beroep() == null || request.beroep().isBlank() ? null : request.beroep().trim(),
                request.urenPerWeek(), request.minimaalTaalniveau(), request.aantal(),
                request.leerdoelen().stream().map(l -> new Leerdoel(l.soort(), l.omschrijving().trim())).toList());
        return service.biedPlaatsAan(werkgeverId, Aanvrager.van(caller), expectedVersion, command,
                        RequestMetadata.of(caller, null, correlationId))
                .map(p -> Response.created(URI.create(ROOT + "/plaatsen/" + p.row().id)).tag(ETags.of(p.version()))
                        .entity(mapper.toResponse(p.row())).build());
    }

    @Verwerkingsactiviteit("bemiddeling")
    @POST
    @Path("/{id}/taalvouchers")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY})
    @Operation(summary = "Verleen een taalvoucher",
            description = "Voor een statushouder met een betaalde baan bij deze werkgever en gesproken Nederlands onder B1, binnen het jaarbudget van de gemeente.")
    @APIResponse(responseCode = "201", description = "Verleend", content = @Content(schema = @Schema(implementation = TaalvoucherResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Gelijktijdig een andere taalvoucher verleend; probeer opnieuw", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Geen betaalde baan, taalniveau B1 of hoger, of budget op", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> verleenTaalvoucher(@PathParam("id") String id, @NotNull @Valid TaalvoucherRequest request,
                                            @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        UUID werkgeverId = Ids.parse(id);
        return taalvouchers.verleen(werkgeverId, request.statushouderId(), request.bedrag(), request.maanden(),
                        Aanvrager.van(caller), RequestMetadata.of(caller, null, correlationId))
                .map(t -> Response.created(URI.create(ROOT + "/werkgevers/" + werkgeverId + "/taalvouchers/" + t.id))
                        .entity(mapper.toResponse(t)).build());
    }

    @Verwerkingsactiviteit("bemiddeling")
    @GET
    @Path("/{id}/taalvouchers/{taalvoucherId}")
    @RolesAllowed({Roles.WERKGEVERSSERVICEPUNT, Roles.SOCIAL_IMPACT_FACTORY})
    @Operation(summary = "Haal een taalvoucher op")
    @APIResponse(responseCode = "200", description = "De taalvoucher", content = @Content(schema = @Schema(implementation = TaalvoucherResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend of niet uw werkgever", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TaalvoucherResponse> taalvoucher(@PathParam("id") String id, @PathParam("taalvoucherId") String taalvoucherId) {
        return taalvouchers.taalvoucher(Ids.parse(id), Ids.parse(taalvoucherId), Aanvrager.van(caller)).map(mapper::toResponse);
    }
}
