package nl.statushouders.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every failure leaves as RFC 9457 problem details. Messages never echo input values:
 * a rejected BSN must not end up in a response body or a log line.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        return Problem.response(400, "Ongeldige invoer", "Een of meer velden zijn ongeldig.", params);
    }

    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            com.fasterxml.jackson.core.JsonParseException.class})
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return Problem.response(400, "Ongeldige invoer", "Een veld heeft een ongeldige waarde of vorm.",
                    List.of(new Problem.InvalidParam(field, "ongeldige waarde of vorm")));
        }
        return Problem.response(400, "Ongeldige JSON", "De body is geen geldige JSON.");
    }

    @ServerExceptionMapper
    public Response policy(PolicyViolationException e) {
        List<Problem.InvalidParam> params = e.violations().stream()
                .map(v -> new Problem.InvalidParam(v.field(), v.reason() + " (" + v.policy() + ")"))
                .toList();
        return Problem.response(422, "Regel overtreden", e.getMessage(), params);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.response(409, "Conflict", e.getMessage());
    }

    @ServerExceptionMapper
    public Response preconditionFailed(nl.statushouders.platform.eventsourcing.PreconditionFailedException e) {
        return Problem.response(412, "Verouderde versie", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.response(404, "Niet gevonden", "De gevraagde resource bestaat niet.");
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(Problem.response(401, "Niet geauthenticeerd", "Een geldig bearer token is vereist."))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : "Uw rol geeft geen toegang tot deze actie.";
        return Problem.response(403, "Geen toegang", detail);
    }

    @ServerExceptionMapper
    public Response invalidParam(InvalidParamException e) {
        return Problem.response(400, "Ongeldige parameter", "Een parameter is ongeldig.",
                List.of(new Problem.InvalidParam(e.param(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response badRequest(jakarta.ws.rs.BadRequestException e) {
        return Problem.response(400, "Ongeldig verzoek", e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf("Request failed with %d: %s", status, e.getClass().getName());
        }
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse(); // already a problem in Dutch (TekstControle, a 503 with Retry-After)
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json); // malformed JSON, reported by the reader wrapped in a 400
            }
        }
        return Problem.response(status, titel(status), null);
    }

    /** Titles in Dutch, like every other problem the platform gives. */
    static String titel(int status) {
        return switch (status) {
            case 400 -> "Ongeldig verzoek";
            case 401 -> "Niet aangemeld";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Gevraagd formaat niet beschikbaar";
            case 409 -> "Conflict";
            case 413 -> "Verzoek te groot";
            case 415 -> "Mediatype niet ondersteund";
            case 429 -> "Te veel verzoeken";
            case 503 -> "Tijdelijk niet beschikbaar";
            default -> status >= 500 ? "Interne fout" : "Fout";
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (nl.statushouders.platform.consumer.Failures.isTransient(e)) {
            // A database, the key store or the broker gone for a moment: nothing was done, try again.
            LOG.warnf("Passing failure, answered 503: %s", e.getClass().getName());
            return Response.fromResponse(Problem.response(503, "Tijdelijk niet beschikbaar",
                    "Een onderdeel van het platform is even niet bereikbaar; probeer het zo opnieuw.")).header("Retry-After", "1").build();
        }
        // Log the type and the place, not the message: it may contain input values.
        LOG.errorf("Unexpected failure: %s at %s", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return Problem.response(500, "Interne fout", "Er ging iets mis; probeer het later opnieuw.");
    }

    /**
     * An Error (out of memory, a stack overflow) in one request still answers with a problem detail,
     * not a plain-text page, and without its message. The service goes on serving other requests.
     */
    @ServerExceptionMapper
    public Response error(Error e) {
        LOG.errorf("Request failed with %s at %s", e.getClass().getName(),
                e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return Problem.response(500, "Interne fout", "Dit verzoek kon niet worden verwerkt; probeer het later opnieuw.");
    }

    /**
     * The field as clients write it: "register.request.huisvesting.status" -> "huisvesting.status",
     * and a list element's field as {@code werkervaring[0].beroep} (Hibernate Validator puts the
     * index on the node inside the element).
     */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new java.util.ArrayList<>();
        int position = 0;
        for (Path.Node node : v.getPropertyPath()) {
            if (position++ < 2 && (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER)) {
                continue;
            }
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                parts.add(node.getName());
            }
        }
        return String.join(".", parts);
    }
}
