package nl.statushouders.werkgevers.rest;

import jakarta.ws.rs.Path;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.platform.rest.RebuildResource;

/** Rebuild of this service's read models from history (platform-beheer); see {@link RebuildResource}. */
@Path("/api/werkgevers/v1/projecties/herbouw")
public class HerbouwResource extends RebuildResource {

    public HerbouwResource(Rebuilds rebuilds) {
        super(rebuilds);
    }
}
