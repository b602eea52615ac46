package nl.statushouders.platform.rest;

import nl.statushouders.platform.verwerkingslog.GeenPersoonsgegevens;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.platform.consumer.ParkedEvent;
import nl.statushouders.platform.consumer.ParkedEvents;
import nl.statushouders.platform.consumer.Redrive;
import nl.statushouders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Dead letters of this service's consumers, for platform-beheer: list them, and re-apply one, a
 * selection or all after a fix. Each service extends this with its own root path, e.g.
 * {@code @Path("/api/monitoring/v1/geparkeerde-events")}. Shows no payload: ids, type and reason only.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer", description = "Geparkeerde events (dead letters) bekijken en opnieuw verwerken")
@SecurityRequirement(name = "oidc")
@GeenPersoonsgegevens("ids, types en redenen van geparkeerde events, zonder inhoud")
public abstract class ParkedEventsResource {

    private final ParkedEvents parked;
    private final Redrive redrive;

    protected ParkedEventsResource(ParkedEvents parked, Redrive redrive) {
        this.parked = parked;
        this.redrive = redrive;
    }

    public record GeparkeerdEvent(long id, UUID eventId, String type, String topic, int partitie, long offset,
                                  String sleutel, String reden, Instant geparkeerdOp, int pogingen, Instant herverwerktOp) {
        static GeparkeerdEvent of(ParkedEvent p) {
            return new GeparkeerdEvent(p.id, p.eventId, p.eventType, p.topic, p.partition, p.offset, p.recordKey,
                    p.reason, p.parkedAt, p.attempts, p.redrivenAt);
        }
    }

    public record Herverwerking(List<@Positive Long> ids) {
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_BEHEER)
    @Operation(summary = "Geparkeerde events", description = "Events die een consumer niet kon verwerken, en events "
            + "die daarachter wachten (zelfde sleutel), oudste eerst. Standaard alleen de openstaande.")
    @APIResponse(responseCode = "200", description = "De geparkeerde events",
            content = @Content(schema = @Schema(implementation = GeparkeerdEvent.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<GeparkeerdEvent>> lijst(@QueryParam("ookHerverwerkt") @DefaultValue("false") boolean ookHerverwerkt) {
        return parked.list(ookHerverwerkt, 1000).map(list -> list.stream().map(GeparkeerdEvent::of).toList());
    }

    @POST
    @Path("/herverwerking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_BEHEER)
    @Operation(summary = "Verwerk geparkeerde events opnieuw", description = "Past de gekozen events (ids), of zonder "
            + "ids alle openstaande, opnieuw toe: oudste eerst en per sleutel op volgorde. Idempotent: een event dat al "
            + "verwerkt was verandert niets.")
    @APIResponse(responseCode = "200", description = "Per event het resultaat",
            content = @Content(schema = @Schema(implementation = Redrive.Result.class)))
    @APIResponse(responseCode = "404", description = "Een gekozen id is geen openstaand geparkeerd event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Redrive.Result> herverwerk(@Valid Herverwerking verzoek) {
        List<Long> ids = verzoek == null || verzoek.ids() == null ? List.of() : verzoek.ids();
        if (ids.isEmpty()) {
            return redrive.redrive(ids);
        }
        return parked.list(false, Integer.MAX_VALUE).chain(open -> {
            Set<Long> missing = new HashSet<>(ids);
            open.forEach(p -> missing.remove(p.id));
            if (!missing.isEmpty()) {
                return Uni.createFrom().failure(new NotFoundException("Geen openstaand geparkeerd event met id " + missing));
            }
            return redrive.redrive(ids);
        });
    }
}
