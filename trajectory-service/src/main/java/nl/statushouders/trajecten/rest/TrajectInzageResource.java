package nl.statushouders.trajecten.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import nl.statushouders.platform.rest.InzageResource;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.verwerkingslog.VerwerkingenConfig;
import nl.statushouders.platform.verwerkingslog.Verwerkingslog;

import java.util.Set;
import java.util.UUID;
import nl.statushouders.trajecten.mapping.TrajectMapper;
import nl.statushouders.trajecten.service.TrajectService;

/** Inzage, trajecten's part: every trajectory of the person with its progress; see {@link InzageResource}. */
@Path("/api/trajecten/v1/inzage")
public class TrajectInzageResource extends InzageResource {

    private final TrajectService service;
    private final TrajectMapper mapper;

    public TrajectInzageResource(Verwerkingslog log, VerwerkingenConfig register, Caller caller,
                                 TrajectService service, TrajectMapper mapper) {
        super(log, register, caller);
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    protected String dienst() {
        return "trajecten";
    }

    @Override
    protected Uni<Object> gegevens(UUID statushouderId, Set<String> gemeenten) {
        return service.vanStatushouder(statushouderId, gemeenten, t -> true)
                .map(records -> records.isEmpty() ? null : records.stream().map(r -> mapper.toResponse(r, true)).toList());
    }
}
