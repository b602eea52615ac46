package nl.statushouders.trajecten.rest;

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
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.IfMatch;
import nl.statushouders.platform.rest.InvalidParamException;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.rest.RequestMetadata;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.trajecten.domain.Examen;
import nl.statushouders.trajecten.domain.Leerdoel;
import nl.statushouders.trajecten.domain.TrajectCommand;
import nl.statushouders.trajecten.domain.policy.EigenStudenten;
import nl.statushouders.trajecten.mapping.TrajectMapper;
import nl.statushouders.trajecten.service.TrajectRecord;
import nl.statushouders.trajecten.service.TrajectService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

@Path("/api/trajecten/v1/trajecten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trajecten", description = "Taalstages, werkervaringsplekken, opleidingen, inburgering en andere trajecten")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("trajectbegeleiding")
public class TrajectResource {

    static final String ROOT = "/api/trajecten/v1/trajecten/";
    /** Werkmatchers act for the gemeente; this is who reported when they did. */
    static final String GEMELD_DOOR_GEMEENTE = "gemeente";

    private final TrajectService service;
    private final TrajectMapper mapper;
    private final Caller caller;

    public TrajectResource(TrajectService service, TrajectMapper mapper, Caller caller) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Plan een traject", description = "Voor een statushouder van uw gemeente; de regels (jongeren eerst onderwijs, "
            + "studie met behoud van uitkering, taalstage met taalleerdoel, maximale uren per week) worden getoetst.")
    @APIResponse(responseCode = "201", description = "Gepland", content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden, of de statushouder is onbekend in uw gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> plan(@NotNull @Valid PlanRequest r, @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        var command = new TrajectCommand.PlanTraject(UUID.randomUUID(), r.statushouderId(), null, r.soort(), r.aanbieder().trim(),
                blankToNull(r.aanbiederOrganisatie()), r.plaatsId(), null, r.startdatum(), r.geplandeEinddatum(), r.urenPerWeek(),
                r.leerdoelen().stream().map(l -> new Leerdoel(l.soort(), l.omschrijving().trim())).toList(),
                blankToNull(r.motivering()), false, null, null);
        return service.plan(command, caller.gemeenten(), RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.created(URI.create(ROOT + record.id)).tag(etag(record))
                        .entity(mapper.toResponse(record, gemeentelijk())).build());
    }

    @GET
    @RolesAllowed({Roles.WERKMATCHER, Roles.VLUCHTELINGENWERK, Roles.TAALSCHOOL, Roles.UAF})
    @Operation(summary = "De trajecten van een statushouder", description = "Een taalschool of het UAF ziet alleen de trajecten van de eigen studenten.")
    @APIResponse(responseCode = "200", description = "De trajecten (mogelijk geen)",
            content = @Content(schema = @Schema(implementation = TrajectResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "statushouderId ontbreekt of is ongeldig", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<TrajectResponse>> lijst(@QueryParam("statushouderId") String statushouderId) {
        if (statushouderId == null || statushouderId.isBlank()) {
            throw new InvalidParamException("statushouderId", "is verplicht");
        }
        UUID id;
        try {
            id = UUID.fromString(statushouderId);
        } catch (IllegalArgumentException e) {
            throw new InvalidParamException("statushouderId", "is geen UUID");
        }
        return service.vanStatushouder(id, caller.gemeenten(), eigen())
                .map(records -> records.stream().map(r -> mapper.toResponse(r, gemeentelijk())).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.WERKMATCHER, Roles.VLUCHTELINGENWERK, Roles.TAALSCHOOL, Roles.UAF})
    @Operation(summary = "Haal een traject op", description = "Status, plan, laatste voortgang en het aantal meldingen.")
    @APIResponse(responseCode = "200", description = "Het traject", content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente, of niet van uw studenten", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> haalOp(@PathParam("id") String id) {
        return service.vind(Ids.parse(id), caller.gemeenten(), eigen())
                .map(record -> Response.ok(mapper.toResponse(record, gemeentelijk())).tag(etag(record)).build());
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Start een gepland traject", description = "Alle regels worden opnieuw getoetst, ook voor een traject uit een match. "
            + "Optioneel If-Match met de ETag: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "200", description = "Gestart", content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Niet gepland (al gestart of beeindigd), of gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> start(@PathParam("id") String id, @Valid StartRequest request,
                               @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        StartRequest r = request == null ? new StartRequest(null, null) : request;
        return service.start(Ids.parse(id), caller.gemeenten(), IfMatch.version(ifMatch), r.startdatum(),
                        blankToNull(r.motivering()), RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.ok(mapper.toResponse(record)).tag(etag(record)).build());
    }

    @POST
    @Path("/{id}/voortgang")
    @RolesAllowed({Roles.WERKMATCHER, Roles.TAALSCHOOL, Roles.UAF})
    @Operation(summary = "Meld voortgang", description = "Door de werkmatcher, of door de taalschool of het UAF voor de eigen studenten. "
            + "Optioneel If-Match met de ETag: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "201", description = "Gemeld; Location wijst naar het traject", content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, van een andere gemeente, of niet van uw studenten", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Het traject is niet gestart of al beeindigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Een regel is overtreden", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> voortgang(@PathParam("id") String id, @NotNull @Valid VoortgangRequest r,
                               @HeaderParam(IfMatch.HEADER) String ifMatch,
                                   @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        String gemeldDoor = caller.hasRole(Roles.WERKMATCHER) ? GEMELD_DOOR_GEMEENTE : caller.organisatie();
        var command = new TrajectCommand.RapporteerVoortgang(r.datum(), r.aanwezigheidPercentage(), r.taalniveau(),
                r.toelichting().trim(), r.examen() == null ? null
                : new Examen(r.examen().onderdeel().trim(), r.examen().datum(), r.examen().behaald()),
                gemeldDoor, service.vandaag());
        return service.wijzig(Ids.parse(id), caller.gemeenten(), eigen(), IfMatch.version(ifMatch), command,
                        RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.created(URI.create(ROOT + record.id)).tag(etag(record))
                        .entity(mapper.toResponse(record, gemeentelijk())).build());
    }

    @POST
    @Path("/{id}/beeindiging")
    @RolesAllowed(Roles.WERKMATCHER)
    @Operation(summary = "Beeindig een traject", description = "Een gepland of lopend traject, eenmaal. "
            + "Optioneel If-Match met de ETag: een verouderde versie geeft 412.")
    @APIResponse(responseCode = "200", description = "Beeindigd", content = @Content(schema = @Schema(implementation = TrajectResponse.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Al beeindigd, of gelijktijdig gewijzigd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de huidige versie", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> beeindig(@PathParam("id") String id, @NotNull @Valid BeeindigingRequest r,
                               @HeaderParam(IfMatch.HEADER) String ifMatch,
                                  @HeaderParam(RequestMetadata.CORRELATION_HEADER) String correlationId) {
        var command = new TrajectCommand.BeeindigTraject(r.datum(), r.reden(), blankToNull(r.toelichting()));
        return service.wijzig(Ids.parse(id), caller.gemeenten(), t -> true, IfMatch.version(ifMatch), command,
                        RequestMetadata.of(caller, null, correlationId))
                .map(record -> Response.ok(mapper.toResponse(record)).tag(etag(record)).build());
    }

    /**
     * Which trajectories the caller may see: staff of the gemeente and VluchtelingenWerk all of
     * their gemeenten', a taalschool or UAF only those of its own students.
     */
    /** The municipality and VluchtelingenWerk, who hold the werkgesprek together: see everything. */
    private boolean gemeentelijk() {
        return caller.hasRole(Roles.WERKMATCHER) || caller.hasRole(Roles.VLUCHTELINGENWERK);
    }

    private Predicate<TrajectRecord> eigen() {
        if (gemeentelijk()) {
            return t -> true;
        }
        String organisatie = caller.organisatie();
        return t -> EigenStudenten.eigen(t.aanbiederOrganisatie, organisatie);
    }

    private static EntityTag etag(TrajectRecord record) {
        return new EntityTag(Long.toString(record.versie));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
