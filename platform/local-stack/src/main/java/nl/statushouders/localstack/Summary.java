package nl.statushouders.localstack;

import java.util.List;

/** What a newcomer needs once the stack is up: where everything is, who to log in as, one command to try. */
final class Summary {

    private Summary() {
    }

    static void print(Progress progress, List<Components.RunningService> services, boolean gateway) {
        String base = gateway ? "http://localhost:" + Ports.GATEWAY : "http://localhost:" + Ports.INTAKE;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nThe platform is up (started in %.1f s).%n%n", progress.elapsed()));
        if (gateway) {
            out.append(String.format("  %-20s %s/api/<context>/v1%n", "API gateway", "http://localhost:" + Ports.GATEWAY));
        }
        for (Components.RunningService s : services) {
            String url = "http://localhost:" + s.module().port() + s.module().root();
            out.append(String.format("  %-20s %s   (OpenAPI: %s/openapi.json)%n", s.module().module(), url, url));
        }
        out.append(String.format("  %-20s %s   (admin console: admin / admin)%n", "Keycloak", "http://localhost:" + Ports.KEYCLOAK));
        out.append(String.format("  %-20s localhost:%d (operator %s; each service its own role, passwords in"
                + " .local/postgres-rollen.properties)%n  %-20s localhost:%d%n%n", "PostgreSQL", Ports.POSTGRES,
                Components.DB_USER, "Kafka", Ports.KAFKA));
        out.append("Demo accounts, realm 'statushouders', client 'staff-portal', password 'demo':\n");
        out.append("  werkmatcher.utrecht (werkmatcher, 0344)   werkmatcher.amersfoort (werkmatcher, 0307)\n");
        out.append("  teamleider.utrecht (teamleider, 0344)     beleid.utrecht (beleidsmedewerker, 0344)\n");
        out.append("  vwn.utrecht (vluchtelingenwerk, 0344)     beheer (platform-beheer, 0344 and 0307)\n");
        out.append("  privacy.utrecht (privacy-officer, 0344)\n");
        out.append("Partner clients (client credentials, secret '<client>-secret'): coa, noa-assessment, vluchtelingenwerk,\n");
        out.append("  werkgeversservicepunt, social-impact-factory, taalschool-utrecht, uaf\n\n");
        out.append("Try it (gets a token as werkmatcher.utrecht and registers a statushouder):\n\n");
        out.append("  TOKEN=$(curl -s -d grant_type=password -d client_id=staff-portal -d username=werkmatcher.utrecht"
                + " -d password=demo " + Components.REALM_URL + "/protocol/openid-connect/token"
                + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/') && curl -s -i -X POST " + base
                + "/api/intake/v1/statushouders -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json'"
                + " -d '{\"bsn\":\"111222333\",\"voornaam\":\"Amira\",\"achternaam\":\"Haddad\",\"geboortedatum\":\"1994-03-12\","
                + "\"talen\":[\"Arabisch\"],\"huisvesting\":{\"status\":\"WONING\"},\"datumVerblijfsvergunning\":\"2026-09-01\"}'\n\n");
        out.append("Stop with Ctrl-C here, or 'bin/platform stop' from another terminal. Data stays in .local/ for the next start.\n");
        out.append("Logs: .local/logs/\n");
        System.out.print(out);
        System.out.flush();
    }
}
