package nl.statushouders.monitoring.rest;

import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.monitoring.service.VoortgangService;
import nl.statushouders.platform.rest.Ids;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/monitoring/v1/statushouders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voortgang", description = "Voortgang per statushouder")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("regie")
public class VoortgangResource {

    private final VoortgangService service;
    private final nl.statushouders.monitoring.service.Signalering signalering;
    private final Caller caller;

    public VoortgangResource(VoortgangService service, nl.statushouders.monitoring.service.Signalering signalering,
                             Caller caller) {
        this.service = service;
        this.signalering = signalering;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/voortgang")
    @RolesAllowed({Roles.WERKMATCHER, Roles.TEAMLEIDER, Roles.VLUCHTELINGENWERK})
    @Operation(summary = "Voortgang van een statushouder", description = "Fase, mijlpalen, trajecten, taalniveau, "
            + "signalen en tijdlijn, opgebouwd uit de events van alle diensten.")
    @APIResponse(responseCode = "200", description = "De voortgang", content = @Content(schema = @Schema(implementation = VoortgangView.class)))
    @APIResponse(responseCode = "404", description = "Onbekend, of van een andere gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VoortgangView> voortgang(@PathParam("id") String id) {
        return service.vind(Ids.parse(id), caller.gemeenten())
                .map(v -> new VoortgangView(v, signalering.dagenInFase(v), signalering.signalen(v)));
    }
}
