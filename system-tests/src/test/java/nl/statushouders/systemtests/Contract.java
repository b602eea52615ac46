package nl.statushouders.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The published promise, checked on every response the system tests get from a service (issue #12):
 * the operation and its status code are in the document the service serves, and a JSON body matches
 * the schema the document gives for it. Partner systems generate clients from these documents. A test
 * class with any violation fails after its tests, listing them.
 *
 * <p>On for every system test run (CI's included); {@code -Dcontract=false} switches it off.
 */
public final class Contract implements Filter, BeforeAllCallback, AfterAllCallback {

    private static final Map<String, Integer> POORTEN = Map.of("intake", 8081, "assessment", 8082, "trajecten", 8083,
            "werkgevers", 8084, "monitoring", 8085);
    private static final Pattern API = Pattern.compile("^/api/([a-z]+)/v1(/.*)?$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, JsonNode> DOCUMENTEN = new ConcurrentHashMap<>();
    private static final Map<String, Schema> SCHEMA_CACHE = new ConcurrentHashMap<>();
    private static final List<String> SCHENDINGEN = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final java.util.concurrent.atomic.AtomicInteger GECONTROLEERD = new java.util.concurrent.atomic.AtomicInteger();

    static final boolean AAN = !"false".equals(System.getProperty("contract"));

    static {
        if (AAN) {
            io.restassured.RestAssured.filters(new Contract());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        try {
            controleer(request.getMethod(), URI.create(request.getURI()), response);
        } catch (RuntimeException e) {
            SCHENDINGEN.add(request.getMethod() + " " + URI.create(request.getURI()).getPath() + ": not checkable (" + e + ")");
        }
        return response;
    }

    private static void controleer(String method, URI uri, Response response) {
        var api = API.matcher(uri.getPath());
        if (!api.matches() || uri.getPath().endsWith("/openapi") || !POORTEN.containsKey(api.group(1))) {
            return;
        }
        GECONTROLEERD.incrementAndGet();
        JsonNode document = DOCUMENTEN.computeIfAbsent(api.group(1), Contract::document);
        // The document's paths are relative to its server URL, /api/<context>/v1.
        String template = template(document, api.group(2) == null ? "/" : api.group(2));
        String waar = method + " " + (template == null ? uri.getPath() : template) + " " + response.statusCode();
        if (template == null) {
            SCHENDINGEN.add(waar + ": path not in the document");
            return;
        }
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT));
        if (operation.isMissingNode()) {
            SCHENDINGEN.add(waar + ": method not in the document");
            return;
        }
        String status = Integer.toString(response.statusCode());
        JsonNode antwoord = operation.path("responses").has(status) ? operation.path("responses").path(status)
                : operation.path("responses").path("default");
        if (antwoord.isMissingNode()) {
            SCHENDINGEN.add(waar + ": status not in the document");
            return;
        }
        String type = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        String body = response.asString();
        if (!type.endsWith("json") || body.isEmpty()) {
            return;
        }
        JsonNode content = antwoord.path("content");
        String mediaType = content.has(type) ? type : content.has("*/*") ? "*/*" : null;
        if (mediaType == null) {
            SCHENDINGEN.add(waar + ": media type " + type + " not in the document");
            return;
        }
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(java.util.Locale.ROOT) + "/responses/"
                + (operation.path("responses").has(status) ? status : "default") + "/content/" + escape(mediaType) + "/schema";
        if (document.at(pointer).isMissingNode()) {
            return;
        }
        Schema schema = SCHEMA_CACHE.computeIfAbsent(api.group(1) + pointer, k -> {
            ObjectNode root = document.deepCopy();
            root.put("$ref", "#" + pointer);
            return SCHEMAS.getSchema(root);
        });
        try {
            schema.validate(JSON.readTree(body)).forEach(error -> SCHENDINGEN.add(waar + ": " + error));
        } catch (java.io.IOException e) {
            SCHENDINGEN.add(waar + ": body is not JSON");
        }
    }

    /** The document's path template that matches, literal segments before variables. */
    private static String template(JsonNode document, String path) {
        String best = null;
        int bestVariables = Integer.MAX_VALUE;
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String t = it.next();
            String regex = "^" + t.replaceAll("\\{[^/]+}", "[^/]+") + "/?$";
            int variables = t.split("\\{", -1).length - 1;
            if (path.matches(regex) && variables < bestVariables) {
                best = t;
                bestVariables = variables;
            }
        }
        return best;
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode document(String context) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + POORTEN.get(context)
                    + "/api/" + context + "/v1/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SCHENDINGEN.clear();
        GECONTROLEERD.set(0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> gevonden;
        synchronized (SCHENDINGEN) {
            gevonden = new ArrayList<>(new java.util.LinkedHashSet<>(SCHENDINGEN));
            SCHENDINGEN.clear();
        }
        if (AAN) {
            System.out.printf("[contract] %s: %d responses checked against the served OpenAPI documents, %d violations%n",
                    context.getDisplayName(), GECONTROLEERD.get(), gevonden.size());
        }
        if (!gevonden.isEmpty()) {
            throw new AssertionError(gevonden.size() + " responses break the served OpenAPI document:\n  "
                    + String.join("\n  ", gevonden));
        }
    }
}
