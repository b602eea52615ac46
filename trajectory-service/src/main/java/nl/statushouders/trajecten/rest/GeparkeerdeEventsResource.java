package nl.statushouders.trajecten.rest;

import jakarta.ws.rs.Path;
import nl.statushouders.platform.consumer.ParkedEvents;
import nl.statushouders.platform.consumer.Redrive;
import nl.statushouders.platform.rest.ParkedEventsResource;

/** This service's dead letters: list and re-drive (platform-beheer); see {@link ParkedEventsResource}. */
@Path("/api/trajecten/v1/geparkeerde-events")
public class GeparkeerdeEventsResource extends ParkedEventsResource {

    public GeparkeerdeEventsResource(ParkedEvents parked, Redrive redrive) {
        super(parked, redrive);
    }
}
