package nl.statushouders.intake.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.intake.mapping.IntakeMapper;
import nl.statushouders.intake.service.InzageExport;
import nl.statushouders.intake.service.IntakeService;
import nl.statushouders.intake.service.StatushouderRecord;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.InzageResource;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.platform.verwerkingslog.Betrokkene;
import nl.statushouders.platform.verwerkingslog.Verwerking;
import nl.statushouders.platform.verwerkingslog.VerwerkingenConfig;
import nl.statushouders.platform.verwerkingslog.Verwerkingslog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Inzage (AVG article 15): intake's own part, and the export of everything the platform holds about one
 * person, gathered from every service with the privacy officer's token, as JSON or as a readable page.
 */
@Path("/api/intake/v1/inzage")
public class IntakeInzageResource extends InzageResource {

    private final IntakeService service;
    private final IntakeMapper mapper;
    private final InzageExport export;
    private final ObjectMapper json;
    private final Verwerking verwerking;

    public IntakeInzageResource(Verwerkingslog log, VerwerkingenConfig register, Caller caller, IntakeService service,
                                IntakeMapper mapper, InzageExport export, ObjectMapper json, Verwerking verwerking) {
        super(log, register, caller);
        this.verwerking = verwerking;
        this.service = service;
        this.mapper = mapper;
        this.export = export;
        this.json = json;
    }

    /** Intake's data: the file (BSN included: it is the person's own) and every version of the plan. */
    public record IntakeGegevens(StatushouderResponse dossier, List<PlanVanAanpakResponse> planVersies) {
    }

    @Schema(name = "Inzageexport", description = "Alles wat het platform over de statushouder bewaart, per dienst")
    public record Export(UUID statushouderId, Instant opgesteldOp,
                         @Schema(description = "Per dienst: gegevens en verwerkingen (zie InzageDeel)") List<JsonNode> delen,
                         @Schema(description = "Diensten die niets over de statushouder bewaren") List<String> zonderGegevens)
            implements Betrokkene {
    }

    @Override
    protected String dienst() {
        return "intake";
    }

    @Override
    protected Uni<Object> gegevens(UUID statushouderId, Set<String> gemeenten) {
        return Panache.withSession(() -> StatushouderRecord.inGemeente(statushouderId, gemeenten))
                .chain(record -> record == null ? Uni.createFrom().nullItem()
                        : service.planVersies(statushouderId, gemeenten).map(versies -> new IntakeGegevens(
                                mapper.toResponse(record, true),
                                versies.stream().map(v -> mapper.toPlanResponse(statushouderId, v)).toList())));
    }

    @GET
    @Path("/{statushouderId}/export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Inzage-export: alles wat het platform over een statushouder bewaart",
            description = "Van alle diensten, met hun verwerkingen, als JSON; met Accept: text/html als leesbare pagina. "
                    + "Geeft een dienst geen antwoord, dan volgt 503: een onvolledige inzage wordt niet gegeven.")
    @APIResponse(responseCode = "200", description = "De export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Export.class)),
            @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "404", description = "Nergens gegevens of verwerkingen in uw gemeenten",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Een dienst gaf geen antwoord",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Export> export(@PathParam("statushouderId") String statushouderId,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        UUID id = Ids.parse(statushouderId);
        Uni<JsonNode> eigen = inzage(statushouderId).<JsonNode>map(json::valueToTree)
                .onFailure(NotFoundException.class).recoverWithNull();
        return eigen.chain(intake -> export.delen(id, authorization).map(anderen -> {
                    List<JsonNode> delen = new ArrayList<>();
                    List<String> zonder = new ArrayList<>();
                    if (intake == null) {
                        zonder.add("intake");
                    } else {
                        delen.add(intake);
                    }
                    delen.addAll(anderen.delen());
                    zonder.addAll(anderen.zonderGegevens());
                    if (delen.isEmpty()) {
                        throw new NotFoundException();
                    }
                    return new Export(id, Instant.now(), delen, zonder);
                }))
                .onFailure(InzageExport.DienstOnbereikbaar.class).transform(e -> new WebApplicationException(
                        jakarta.ws.rs.core.Response.fromResponse(Problem.response(503, "Inzage niet volledig", e.getMessage()))
                                .header("Retry-After", "30").build()));
    }

    @GET
    @Path("/{statushouderId}/export")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(hidden = true)
    public Uni<String> exportHtml(@PathParam("statushouderId") String statushouderId,
                                  @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        // A page is text, not a Betrokkene: the person is named for the processing log here.
        verwerking.betreft(Ids.parse(statushouderId));
        return export(statushouderId, authorization).map(e -> InzageHtml.pagina(json.valueToTree(e)));
    }
}
