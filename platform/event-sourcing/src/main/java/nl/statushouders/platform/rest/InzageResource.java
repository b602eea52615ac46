package nl.statushouders.platform.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.platform.verwerkingslog.Betrokkene;
import nl.statushouders.platform.verwerkingslog.Logregel;
import nl.statushouders.platform.verwerkingslog.VerwerkingenConfig;
import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import nl.statushouders.platform.verwerkingslog.Verwerkingslog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Inzage (AVG article 15), this service's part: everything it holds about one statushouder in the
 * privacy officer's gemeenten, and its processing log about them. Intake gathers the parts of all
 * services into one export. Each service extends this with {@code @Path("<root>/inzage")} and says what
 * it holds.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verantwoording", description = "Inzage en het verwerkingenlogboek per statushouder")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("verantwoording")
public abstract class InzageResource {

    private static final int PAGINA = 1000;

    private final Verwerkingslog log;
    private final VerwerkingenConfig register;
    private final Caller caller;

    protected InzageResource(Verwerkingslog log, VerwerkingenConfig register, Caller caller) {
        this.log = log;
        this.register = register;
        this.caller = caller;
    }

    /** This service's name in the export ("assessment", "trajecten", ...). */
    protected abstract String dienst();

    /** What this service holds about the person in these gemeenten, as it would show it; null when nothing. */
    protected abstract Uni<Object> gegevens(UUID statushouderId, Set<String> gemeenten);

    @Schema(name = "InzageDeel", description = "Wat één dienst over de statushouder bewaart, met zijn verwerkingen van die gegevens")
    public record Inzage(String dienst, UUID statushouderId, Instant opgesteldOp,
                         @Schema(description = "De gegevens zoals de dienst ze toont; leeg als de dienst niets (meer) bewaart") Object gegevens,
                         List<VerwerkingenResource.Vastlegging> verwerkingen) implements Betrokkene {
    }

    @GET
    @Path("/{statushouderId}")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Inzage: wat deze dienst over een statushouder bewaart",
            description = "De gegevens in uw gemeenten en alle verwerkingen ervan (AVG artikel 15). Het opvragen wordt vastgelegd.")
    @APIResponse(responseCode = "200", description = "Het deel van deze dienst", content = @Content(schema = @Schema(implementation = Inzage.class)))
    @APIResponse(responseCode = "404", description = "Geen gegevens en geen verwerkingen in uw gemeenten",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Inzage> inzage(@PathParam("statushouderId") String statushouderId) {
        UUID id = Ids.parse(statushouderId);
        Set<String> gemeenten = caller.gemeenten();
        return gegevens(id, gemeenten).chain(gegevens -> alleVerwerkingen(id, gemeenten, 0, new ArrayList<>())
                .map(verwerkingen -> {
                    if (gegevens == null && verwerkingen.isEmpty()) {
                        throw new NotFoundException();
                    }
                    return new Inzage(dienst(), id, Instant.now(), gegevens, verwerkingen);
                }));
    }

    private Uni<List<VerwerkingenResource.Vastlegging>> alleVerwerkingen(UUID id, Set<String> gemeenten, long na,
                                                                       List<VerwerkingenResource.Vastlegging> tot) {
        return log.over(id, gemeenten, na, PAGINA).chain(regels -> {
            for (Logregel r : regels) {
                tot.add(VerwerkingenResource.vastlegging(register, r));
            }
            return regels.size() < PAGINA ? Uni.createFrom().item(tot)
                    : alleVerwerkingen(id, gemeenten, regels.get(regels.size() - 1).id(), tot);
        });
    }
}
