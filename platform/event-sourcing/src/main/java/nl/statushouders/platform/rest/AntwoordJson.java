package nl.statushouders.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the REST APIs write JSON: an absent value is left out, never written as {@code null}, also inside
 * maps and stored JSON documents. The OpenAPI documents promise a field's type whenever the field is
 * there; partner systems generate clients from them (issue #12). Only REST answers: events and stored
 * documents keep the application's own mapper, whose settings (strict reading) this one copies.
 */
@Provider
public class AntwoordJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public AntwoordJson(ObjectMapper applicatie) {
        this.mapper = applicatie.copy()
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .configure(JsonNodeFeature.WRITE_NULL_PROPERTIES, false);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
