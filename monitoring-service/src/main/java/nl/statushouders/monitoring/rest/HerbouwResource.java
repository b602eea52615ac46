package nl.statushouders.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.statushouders.monitoring.service.ProjectieHerbouw;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/monitoring/v1/projecties/herbouw")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer", description = "Beheer van de projecties")
@SecurityRequirement(name = "oidc")
public class HerbouwResource {

    private final ProjectieHerbouw herbouw;

    public HerbouwResource(ProjectieHerbouw herbouw) {
        this.herbouw = herbouw;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_BEHEER)
    @Operation(summary = "Herbouw alle projecties uit de eventgeschiedenis",
            description = "Bouwt naast de huidige projectie en wisselt in een keer; lezers zien tot dan de oude. "
                    + "Volg de voortgang op dezelfde URL met GET.")
    @APIResponse(responseCode = "202", description = "Gestart", content = @Content(schema = @Schema(implementation = ProjectieHerbouw.Status.class)))
    @APIResponse(responseCode = "409", description = "Er loopt al een herbouw", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        return Response.accepted(herbouw.start()).location(URI.create("/api/monitoring/v1/projecties/herbouw")).build();
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_BEHEER)
    @Operation(summary = "Voortgang van de laatste herbouw")
    @APIResponse(responseCode = "200", description = "De status", content = @Content(schema = @Schema(implementation = ProjectieHerbouw.Status.class)))
    public ProjectieHerbouw.Status status() {
        return herbouw.status();
    }
}
