package nl.statushouders.platform.verwerkingslog;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.statushouders.platform.rest.Problem;
import nl.statushouders.platform.security.Caller;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the processing-log entry of every answer of a {@link Verwerkingsactiviteit} endpoint that
 * concerns a statushouder, before the answer is sent. If the entry cannot be written the caller gets a
 * 503 instead of the data: no unlogged access. (A change has then happened; its event, with actor and
 * time, is in the event store all the same.)
 */
public class VerwerkingslogFilter {

    private static final Logger LOG = Logger.getLogger(VerwerkingslogFilter.class);
    private static final String START = VerwerkingslogFilter.class.getName() + ".start";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Verwerkingslog log;
    private final Verwerking verwerking;
    private final Caller caller;

    public VerwerkingslogFilter(Verwerkingslog log, Verwerking verwerking, Caller caller) {
        this.log = log;
        this.verwerking = verwerking;
        this.caller = caller;
    }

    @ServerRequestFilter
    public void start(ContainerRequestContext request) {
        request.setProperty(START, Instant.now());
    }

    @ServerResponseFilter
    public Uni<Void> legVast(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        String activiteit = method == null ? null : activiteit(method, resource.getResourceClass());
        if (activiteit == null) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> betrokkenen = new LinkedHashSet<>(verwerking.betrokkenen());
        verzamel(response.getEntity(), betrokkenen);
        if (betrokkenen.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant start = request.getProperty(START) instanceof Instant s ? s : Instant.now();
        SpanContext span = Span.current().getSpanContext();
        Logregel regel = new Logregel(0, span.isValid() ? span.getTraceId() : hex(16), span.isValid() ? span.getSpanId() : hex(8),
                request.getMethod() + " " + template(method, resource.getResourceClass()),
                response.getStatus() >= 500 ? Logregel.STATUS_ERROR : Logregel.STATUS_UNSET, response.getStatus(),
                start, Instant.now(), activiteit, caller.subject(), caller.gebruikersnaam(), caller.organisatieOfNull(),
                List.copyOf(caller.rollen()), List.copyOf(caller.gemeentenOfNone()), List.copyOf(betrokkenen));
        return log.leg(regel).onFailure().recoverWithItem(failure -> {
            // The class only: a database message may quote the values of the entry.
            LOG.errorf("Verwerking niet vastgelegd (%s): het antwoord wordt geweigerd", failure.getClass().getName());
            weiger(response);
            return null;
        });
    }

    /** The activity of an endpoint: its own, else none if it says so, else its class's (or a superclass's). */
    public static String activiteit(Method method, Class<?> resourceClass) {
        Verwerkingsactiviteit onMethod = method.getAnnotation(Verwerkingsactiviteit.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        if (method.isAnnotationPresent(GeenPersoonsgegevens.class)) {
            return null;
        }
        for (Class<?> type = resourceClass; type != null; type = type.getSuperclass()) {
            Verwerkingsactiviteit onClass = type.getAnnotation(Verwerkingsactiviteit.class);
            if (onClass != null) {
                return onClass.value();
            }
        }
        return null;
    }

    private static void verzamel(Object entity, Set<UUID> into) {
        if (entity instanceof Betrokkene one) {
            into.add(one.statushouderId());
        }
        if (entity instanceof Betrokkenen many) {
            into.addAll(many.betrokkenen());
        }
        if (entity instanceof Collection<?> list) {
            list.forEach(item -> verzamel(item, into));
        }
        into.remove(null);
    }

    private static String template(Method method, Class<?> resourceClass) {
        Path onClass = resourceClass.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        return (onClass == null ? "" : onClass.value()) + (onMethod == null ? "" : onMethod.value());
    }

    private static void weiger(ContainerResponseContext response) {
        response.getHeaders().remove(HttpHeaders.ETAG);
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().remove("Link");
        response.getHeaders().remove("X-Total-Count");
        response.setStatus(503);
        response.setEntity(new Problem("about:blank", "Verwerking niet vastgelegd", 503,
                        "De toegang kon niet in het verwerkingenlogboek worden vastgelegd; daarom worden geen gegevens "
                                + "getoond. Probeer het later opnieuw.", null, List.of()),
                new Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
