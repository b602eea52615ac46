package nl.statushouders.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.verwijdering.RijenVerwijderaar;

import java.util.List;

/** An erased statushouder (intake's statushouder-verwijderd): their assessments and what this service knew of them go. */
@ApplicationScoped
public class AssessmentVerwijderaar extends RijenVerwijderaar {

    @Override
    protected List<String> statements() {
        return List.of(
                "delete from assessment where statushouder_id = :id",
                "delete from statushouder where id = :id");
    }
}
