package nl.statushouders.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for the production-shaped docker-compose.yml (issue #11): no password, secret or key
 * written in the file or defaulted (each must be {@code ${NAME:?...}}, required from the environment),
 * no published port but the gateway's, Keycloak in production mode with the production realm, and that
 * realm without people, passwords or client secrets, with brute-force protection.
 */
final class ComposeHardening {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|HOOFDSLEUTEL|CREDENTIAL|TOKEN|_KEY)$");
    private static final Pattern ENTRY = Pattern.compile("^\\s*([A-Za-z0-9_]+):\\s*(.*?)\\s*$");
    private static final Pattern REQUIRED = Pattern.compile("^\\$\\{[A-Z0-9_]+:\\?[^}]*}$");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{([A-Za-z0-9_]+):?-[^}]*}");
    private static final Pattern SERVICE = Pattern.compile("^  ([a-z0-9-]+):\\s*$");

    private ComposeHardening() {
    }

    static List<String> problemen(String compose) {
        List<String> problemen = new ArrayList<>();
        String service = null;
        boolean inServices = false;
        for (String line : compose.split("\n")) {
            if (line.startsWith("services:")) {
                inServices = true;
                continue;
            }
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                inServices = false;
                service = null;
            }
            Matcher s = SERVICE.matcher(line);
            if (inServices && s.matches()) {
                service = s.group(1);
            }
            String code = line.replaceFirst("\\s+#.*$", "");
            Matcher e = ENTRY.matcher(code);
            if (e.matches() && SECRET_NAME.matcher(e.group(1)).matches() && !e.group(2).isEmpty()
                    && !REQUIRED.matcher(e.group(2)).matches()) {
                problemen.add(e.group(1) + " is not required from the environment: " + e.group(2));
            }
            Matcher d = DEFAULTED.matcher(code);
            while (d.find()) {
                if (SECRET_NAME.matcher(d.group(1)).matches()) {
                    problemen.add(d.group(1) + " has a default");
                }
            }
            if (code.trim().startsWith("ports:") && !"gateway".equals(service)) {
                problemen.add("service " + service + " publishes a port");
            }
            if (code.contains("start-dev")) {
                problemen.add("Keycloak runs in development mode");
            }
            if (code.contains("local-stack/src/main/resources/keycloak/")) {
                problemen.add("the demo realm (with demo users and secrets) is imported");
            }
        }
        return problemen;
    }

    /** The production realm: no people, no credentials, no client secrets, brute-force protection on. */
    static List<String> realmProblemen(String realm, String demoRealm) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode r = json.readTree(realm);
        JsonNode demo = json.readTree(demoRealm);
        List<String> problemen = new ArrayList<>();
        if (!r.path("bruteForceProtected").asBoolean(false)) {
            problemen.add("brute-force protection is off");
        }
        if ("none".equals(r.path("sslRequired").asText("none"))) {
            problemen.add("TLS is not required");
        }
        for (JsonNode user : r.path("users")) {
            if (!user.has("serviceAccountClientId")) {
                problemen.add("user " + user.path("username").asText() + " is in the realm");
            }
            if (user.has("credentials")) {
                problemen.add("user " + user.path("username").asText() + " has credentials");
            }
        }
        for (JsonNode client : r.path("clients")) {
            if (client.has("secret")) {
                problemen.add("client " + client.path("clientId").asText() + " has a secret in the file");
            }
            if (client.path("publicClient").asBoolean(false) && client.path("directAccessGrantsEnabled").asBoolean(false)) {
                problemen.add("public client " + client.path("clientId").asText() + " allows the password grant");
            }
        }
        if (!namen(r.path("clients"), "clientId").equals(namen(demo.path("clients"), "clientId"))
                || !namen(r.path("roles").path("realm"), "name").equals(namen(demo.path("roles").path("realm"), "name"))) {
            problemen.add("clients or realm roles differ from the demo realm's");
        }
        return problemen;
    }

    private static TreeSet<String> namen(JsonNode list, String field) {
        TreeSet<String> namen = new TreeSet<>();
        list.forEach(n -> namen.add(n.path(field).asText()));
        return namen;
    }
}
