package nl.statushouders.monitoring.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.monitoring.service.ProjectieHerbouw;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
            description = "Lezers zien de oude projectie tot de nieuwe klaar is.")
    public Uni<ProjectieHerbouw.Verslag> herbouw() {
        return herbouw.herbouw();
    }
}
