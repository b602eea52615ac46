package nl.statushouders.werkgevers.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import nl.statushouders.platform.rest.InzageResource;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.verwerkingslog.VerwerkingenConfig;
import nl.statushouders.platform.verwerkingslog.Verwerkingslog;

import java.util.Set;
import java.util.UUID;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.werkgevers.mapping.WerkgeversMapper;
import nl.statushouders.werkgevers.service.Aanvrager;
import nl.statushouders.werkgevers.service.WerkgeverService;

/** Inzage, werkgevers' part: the person's matches, as the gemeente sees them; see {@link InzageResource}. */
@Path("/api/werkgevers/v1/inzage")
public class WerkgeversInzageResource extends InzageResource {

    private final WerkgeverService service;
    private final WerkgeversMapper mapper;

    public WerkgeversInzageResource(Verwerkingslog log, VerwerkingenConfig register, Caller caller,
                                    WerkgeverService service, WerkgeversMapper mapper) {
        super(log, register, caller);
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    protected String dienst() {
        return "werkgevers";
    }

    @Override
    protected Uni<Object> gegevens(UUID statushouderId, Set<String> gemeenten) {
        return service.matchesVan(statushouderId, new Aanvrager(gemeenten, Set.of(Roles.WERKMATCHER), null))
                .map(matches -> matches.isEmpty() ? null : matches.stream().map(m -> mapper.toResponse(m, true)).toList());
    }
}
