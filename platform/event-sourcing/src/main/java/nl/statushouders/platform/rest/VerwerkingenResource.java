package nl.statushouders.platform.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.platform.verwerkingslog.Logregel;
import nl.statushouders.platform.verwerkingslog.VerwerkingenConfig;
import nl.statushouders.platform.verwerkingslog.Verwerking;
import nl.statushouders.platform.verwerkingslog.Verwerkingsactiviteit;
import nl.statushouders.platform.verwerkingslog.Verwerkingslog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's processing log about one statushouder, for the privacy officer: who processed the
 * person's data, when, for which activity and on which legal basis. Reading it is itself logged. Each
 * service extends this with its own root path, e.g. {@code @Path("/api/intake/v1/verwerkingen")}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verantwoording", description = "Het verwerkingenlogboek (Logboek Dataverwerkingen) per statushouder")
@SecurityRequirement(name = "oidc")
@Verwerkingsactiviteit("verantwoording")
public abstract class VerwerkingenResource {

    static final int PAGINA = 500;

    private final Verwerkingslog log;
    private final Verwerking verwerking;
    private final VerwerkingenConfig register;
    private final Caller caller;

    protected VerwerkingenResource(Verwerkingslog log, Verwerking verwerking, VerwerkingenConfig register, Caller caller) {
        this.log = log;
        this.verwerking = verwerking;
        this.register = register;
        this.caller = caller;
    }

    public record Activiteit(String id, String uri, String naam, String grondslag) {
    }

    /** One processing of the person's data; other persons the same action concerned are not shown. */
    public record Vastlegging(long volgnummer, Instant start, Instant eind, String handeling, int httpStatus,
                              int statusCode, Activiteit activiteit, String actor, String gebruikersnaam,
                              String organisatie, List<String> rollen, List<String> gemeenten, String traceId,
                              String spanId) {
    }

    public record Verwerkingen(UUID statushouderId, List<Vastlegging> verwerkingen, Long volgende) {
    }

    @GET
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Verwerkingen van de gegevens van een statushouder",
            description = "Door deze dienst, door gebruikers die voor uw gemeenten werkten; oudste eerst, per " + PAGINA
                    + ". Een volgende pagina vraagt u op met vanaf=<volgende>. Het opvragen wordt zelf ook vastgelegd.")
    @APIResponse(responseCode = "200", description = "De verwerkingen",
            content = @Content(schema = @Schema(implementation = Verwerkingen.class)))
    @APIResponse(responseCode = "400", description = "statushouderId ontbreekt of is geen UUID; vanaf is geen getal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Verwerkingen> verwerkingen(
            @QueryParam("statushouderId") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid")) String statushouderId,
            @QueryParam("vanaf") @Parameter(description = "Volgnummer uit 'volgende' van de vorige pagina", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String vanaf) {
        UUID id = uuid(statushouderId);
        long na = vanaf == null || vanaf.isBlank() ? 0 : volgnummer(vanaf);
        verwerking.betreft(id);
        return log.over(id, caller.gemeenten(), na, PAGINA + 1).map(regels -> new Verwerkingen(id,
                regels.stream().limit(PAGINA).map(this::vastlegging).toList(),
                regels.size() > PAGINA ? regels.get(PAGINA - 1).id() : null));
    }

    Vastlegging vastlegging(Logregel r) {
        return vastlegging(register, r);
    }

    static Vastlegging vastlegging(VerwerkingenConfig register, Logregel r) {
        var bekend = register.activiteiten().get(r.activiteit());
        Activiteit activiteit = new Activiteit(r.activiteit(), register.register() + r.activiteit(),
                bekend == null ? null : bekend.naam(), bekend == null ? null : bekend.grondslag());
        return new Vastlegging(r.id(), r.start(), r.eind(), r.handeling(), r.httpStatus(), r.statusCode(), activiteit,
                r.actor(), r.gebruikersnaam(), r.organisatie(), r.rollen(), r.gemeenten(), r.traceId(), r.spanId());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParamException("statushouderId", "is verplicht en een UUID");
        }
    }

    private static long volgnummer(String value) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidParamException("vanaf", "is een volgnummer (0 of hoger)");
    }
}
