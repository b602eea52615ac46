package nl.statushouders.trajecten.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.verwijdering.RijenVerwijderaar;

import java.util.List;

/** An erased statushouder (intake's statushouder-verwijderd): their trajectories and what this service knew of them go. */
@ApplicationScoped
public class TrajectVerwijderaar extends RijenVerwijderaar {

    @Override
    protected List<String> statements() {
        return List.of(
                "delete from traject where statushouder_id = :id",
                "delete from statushouder where id = :id");
    }
}
