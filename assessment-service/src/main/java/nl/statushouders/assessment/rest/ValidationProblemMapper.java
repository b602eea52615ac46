package nl.statushouders.assessment.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import nl.statushouders.platform.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validation problems with field names as clients write them: {@code werkervaring[0].beroep} and
 * {@code competenties[1]}. The kernel's mapper puts a list index after the field inside the
 * element ({@code werkervaring.beroep[0]}); this one takes precedence in this service until the
 * kernel is fixed. Same status, title and shape.
 */
public class ValidationProblemMapper {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response validation(ConstraintViolationException e) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        return Problem.response(400, "Ongeldige invoer", "Een of meer velden zijn ongeldig.", params);
    }

    static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        int position = 0;
        for (Path.Node node : v.getPropertyPath()) {
            // Skip the method and its parameter: "legResultaatVast.request.advies" -> "advies".
            if (position++ < 2 && (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER)) {
                continue;
            }
            if (node.getIndex() != null && !parts.isEmpty()) {
                // The index belongs to the list the node sits in: the previous part.
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                parts.add(node.getName());
            }
        }
        return String.join(".", parts);
    }
}
