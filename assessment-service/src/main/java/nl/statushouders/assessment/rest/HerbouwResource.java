package nl.statushouders.assessment.rest;

import jakarta.ws.rs.Path;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.platform.rest.RebuildResource;

@Path("/api/assessment/v1/projecties/herbouw")
public class HerbouwResource extends RebuildResource {

    public HerbouwResource(Rebuilds rebuilds) {
        super(rebuilds);
    }
}
