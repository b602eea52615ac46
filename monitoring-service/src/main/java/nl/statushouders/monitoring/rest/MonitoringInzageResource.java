package nl.statushouders.monitoring.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import nl.statushouders.platform.rest.InzageResource;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.verwerkingslog.VerwerkingenConfig;
import nl.statushouders.platform.verwerkingslog.Verwerkingslog;

import java.util.Set;
import java.util.UUID;
import jakarta.ws.rs.NotFoundException;
import nl.statushouders.monitoring.service.VoortgangService;

/** Inzage, monitoring's part: the person's progress (phase, milestones, timeline); see {@link InzageResource}. */
@Path("/api/monitoring/v1/inzage")
public class MonitoringInzageResource extends InzageResource {

    private final VoortgangService service;

    public MonitoringInzageResource(Verwerkingslog log, VerwerkingenConfig register, Caller caller, VoortgangService service) {
        super(log, register, caller);
        this.service = service;
    }

    @Override
    protected String dienst() {
        return "monitoring";
    }

    @Override
    protected Uni<Object> gegevens(UUID statushouderId, Set<String> gemeenten) {
        return service.vind(statushouderId, gemeenten).<Object>map(v -> v)
                .onFailure(NotFoundException.class).recoverWithNull();
    }
}
