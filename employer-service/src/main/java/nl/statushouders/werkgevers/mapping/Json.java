package nl.statushouders.werkgevers.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.mapping.JsonDocuments;

/** JSON columns of the read models: the kernel's {@link JsonDocuments} as this service's bean. */
@ApplicationScoped
public class Json {

    private final JsonDocuments documents;

    public Json(ObjectMapper mapper) {
        this.documents = new JsonDocuments(mapper);
    }

    public String write(Object value) {
        return documents.write(value);
    }

    public <T> T read(String value, TypeReference<T> type) {
        return documents.read(value, type);
    }

    public ObjectMapper mapper() {
        return documents.mapper();
    }
}
