package nl.statushouders.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import nl.statushouders.platform.rest.InzageResource;
import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.verwerkingslog.VerwerkingenConfig;
import nl.statushouders.platform.verwerkingslog.Verwerkingslog;

import java.util.Set;
import java.util.UUID;
import nl.statushouders.assessment.mapping.AssessmentMapper;
import nl.statushouders.assessment.service.AssessmentService;

/** Inzage, assessment's part: the person's assessments with their reports; see {@link InzageResource}. */
@Path("/api/assessment/v1/inzage")
public class AssessmentInzageResource extends InzageResource {

    private final AssessmentService service;
    private final AssessmentMapper mapper;

    public AssessmentInzageResource(Verwerkingslog log, VerwerkingenConfig register, Caller caller,
                                    AssessmentService service, AssessmentMapper mapper) {
        super(log, register, caller);
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    protected String dienst() {
        return "assessment";
    }

    @Override
    protected Uni<Object> gegevens(UUID statushouderId, Set<String> gemeenten) {
        return service.vanStatushouder(statushouderId, gemeenten)
                .map(records -> records.isEmpty() ? null : records.stream().map(mapper::toResponse).toList());
    }
}
