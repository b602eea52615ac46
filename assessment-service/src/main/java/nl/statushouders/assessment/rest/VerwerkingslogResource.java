package nl.statushouders.assessment.rest;

import jakarta.ws.rs.Path;
import nl.statushouders.platform.rest.VerwerkingenResource;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.verwerkingslog.VerwerkingenConfig;
import nl.statushouders.platform.verwerkingslog.Verwerking;
import nl.statushouders.platform.verwerkingslog.Verwerkingslog;

/** This service's processing log per statushouder, for the privacy officer; see {@link VerwerkingenResource}. */
@Path("/api/assessment/v1/verwerkingen")
public class VerwerkingslogResource extends VerwerkingenResource {

    public VerwerkingslogResource(Verwerkingslog log, Verwerking verwerking, VerwerkingenConfig register, Caller caller) {
        super(log, verwerking, register, caller);
    }
}
