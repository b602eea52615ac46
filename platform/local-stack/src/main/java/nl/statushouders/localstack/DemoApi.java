package nl.statushouders.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The public APIs as the demo users and partner systems call them, with real Keycloak tokens. */
final class DemoApi {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final boolean gateway;
    private final HttpClient http = HttpClient.newHttpClient();
    // Keycloak's tokens live 15 minutes; a large demo load may take longer.
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {
        boolean fresh() {
            return fetched.plus(Duration.ofMinutes(10)).isAfter(Instant.now());
        }
    }

    DemoApi(boolean gateway) {
        this.gateway = gateway;
    }

    /** A staff member's token (password grant on the staff portal's public client). */
    String user(String username) {
        return cached("user:" + username, "grant_type=password&client_id=staff-portal&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo");
    }

    /** A partner organisation's token (client credentials). */
    String client(String clientId) {
        return cached("client:" + clientId, "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + clientId + "-secret");
    }

    private String cached(String key, String form) {
        return tokens.compute(key, (k, t) -> t != null && t.fresh() ? t : new Token(token(form), Instant.now())).value();
    }

    /** Sends a request and returns the id it created (from Location) or read (the first "id"), if any. */
    String send(String method, String path, String token, String body, int expected) {
        return result(method, path, exchange(method, path, token, body), expected);
    }

    private static String result(String method, String path, HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " gave HTTP "
                    + r.statusCode() + ": " + r.body().replaceAll("[0-9a-f-]{36}", "{id}"));
        }
        Optional<String> location = r.headers().firstValue("Location");
        if (location.isPresent()) {
            return location.get().substring(location.get().lastIndexOf('/') + 1);
        }
        Matcher m = ID.matcher(r.body());
        return m.find() ? m.group(1) : null;
    }

    /**
     * Sends a request naming a statushouder that the target service learns about from intake's
     * events: until that event has arrived it answers 422 on statushouderId, so try again.
     */
    String sendAboutStatushouder(String method, String path, String token, String body, int expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> r = exchange(method, path, token, body);
            if (r.statusCode() != 422 || !r.body().contains("\"statushouderId\"") || Instant.now().isAfter(deadline)) {
                return result(method, path, r, expected);
            }
            Thread.sleep(250);
        }
    }

    /** Polls a list until it holds an id: what another service learns from events arrives a moment later. */
    String awaitId(String path, String token) throws InterruptedException {
        return awaitId(path, token, ID);
    }

    /** Polls a list until it holds an item of this soort (items list id first, soort among their plain fields). */
    String awaitId(String path, String token, String soort) throws InterruptedException {
        return awaitId(path, token, Pattern.compile("\\{\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"[^{}]*?\"soort\"\\s*:\\s*\"" + soort + "\""));
    }

    private String awaitId(String path, String token, Pattern item) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = exchange("GET", path, token, null);
            Matcher m = item.matcher(r.body());
            if (r.statusCode() == 200 && m.find()) {
                return m.group(1);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Nothing appeared at " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " within 60 s");
    }

    private HttpResponse<String> exchange(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base(path) + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpRequest request = b.build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (int attempt = 0; attempt < 30; attempt++) {
                if (r.statusCode() == 429) {
                    // The gateway's rate limit applies to us too: wait as it asks, then try again.
                    Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                } else if (r.statusCode() == 409 && r.body().contains("verwachte versie")) {
                    // A concurrent write to the same stream (several threads accept matches at one
                    // employer): nothing was stored, so doing it again is safe.
                    Thread.sleep(20L + java.util.concurrent.ThreadLocalRandom.current().nextInt(80));
                } else {
                    break;
                }
                r = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Through the gateway when it runs, else straight to the service that owns the path. */
    private String base(String path) {
        if (gateway) {
            return "http://localhost:" + Ports.GATEWAY;
        }
        for (ServiceModule s : ServiceModule.values()) {
            if (path.startsWith(s.root())) {
                return "http://localhost:" + s.port();
            }
        }
        throw new IllegalArgumentException("No service for " + path);
    }

    private String token(String form) {
        HttpResponse<String> r = exchange(HttpRequest.newBuilder(URI.create(Components.REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No token (HTTP " + r.statusCode() + ")");
        }
        return m.group(1);
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
