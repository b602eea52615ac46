package nl.statushouders.platform.rest;

import nl.statushouders.platform.verwerkingslog.GeenPersoonsgegevens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rebuild of the service's read models, for platform-beheer; the same shape on every service. Each
 * service extends this with its own path, {@code /api/<service>/v1/projecties/herbouw}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer", description = "Leesmodellen herbouwen uit de eventgeschiedenis")
@SecurityRequirement(name = "oidc")
@GeenPersoonsgegevens("start en voortgang van een herbouw")
public abstract class RebuildResource {

    private final Rebuilds rebuilds;

    protected RebuildResource(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_BEHEER)
    @Operation(summary = "Herbouw de leesmodellen uit de eventgeschiedenis",
            description = "Per statushouder of aggregaat in korte transacties; de verwerking van nieuwe commando's en "
                    + "events gaat door. Volg de voortgang op dezelfde URL met GET.")
    @APIResponse(responseCode = "202", description = "Gestart", content = @Content(schema = @Schema(implementation = Rebuilds.Status.class)))
    @APIResponse(responseCode = "409", description = "Er loopt al een herbouw",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Context UriInfo uri) {
        return Response.accepted(rebuilds.start()).location(uri.getRequestUri()).build();
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_BEHEER)
    @Operation(summary = "Voortgang van de laatste herbouw")
    @APIResponse(responseCode = "200", description = "De status", content = @Content(schema = @Schema(implementation = Rebuilds.Status.class)))
    public Rebuilds.Status status() {
        return rebuilds.status();
    }
}
