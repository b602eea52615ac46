package nl.statushouders.platform.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** NL API Design Rules: every response names the full API version. */
public class ApiVersionFilter {

    private final String version;

    public ApiVersionFilter(@ConfigProperty(name = "platform.api.version", defaultValue = "1.0.0") String version) {
        this.version = version;
    }

    @ServerResponseFilter
    public void addVersion(ContainerResponseContext response) {
        response.getHeaders().putSingle("API-Version", version);
    }
}
