package nl.statushouders.platform.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings every service's OpenAPI document in line with the NL API Design Rules without
 * repeating annotations on each method: paths are relative to the server URL, which carries
 * the major version (quarkus.smallrye-openapi.servers), every response declares the API-Version header, and every operation
 * declares its 400, 401 and 403 problem responses.
 */
public class OpenApiConventions implements OASFilter {

    private static final Pattern BASE = Pattern.compile("^(/api/[a-z-]+/v\\d+)(/.*)?$");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null || paths.getPathItems().isEmpty()) {
            return;
        }
        String base = null;
        Paths relative = OASFactory.createPaths();
        for (Map.Entry<String, PathItem> entry : paths.getPathItems().entrySet()) {
            Matcher m = BASE.matcher(entry.getKey());
            if (!m.matches()) {
                relative.addPathItem(entry.getKey(), entry.getValue());
                continue;
            }
            base = m.group(1);
            relative.addPathItem(m.group(2) == null ? "/" : m.group(2), entry.getValue());
            entry.getValue().getOperations().values().forEach(this::conventions);
        }
        if (base == null) {
            return;
        }
        openAPI.setPaths(relative);
    }

    private void conventions(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        problem(operation, "400", "Ongeldige invoer");
        problem(operation, "401", "Geen of een ongeldig bearer token");
        problem(operation, "403", "Geen toegang met deze rol of gemeente");
        operation.getResponses().getAPIResponses().values().forEach(response -> response.addHeader("API-Version",
                OASFactory.createHeader()
                        .description("De volledige versie van de API")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("1.0.0"))
                        .style(Header.Style.SIMPLE)));
    }

    private static void problem(Operation operation, String status, String description) {
        if (operation.getResponses().getAPIResponse(status) != null) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
