package nl.statushouders.systemtests;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The running platform: where to reach it and real tokens from its Keycloak. */
final class Platform {

    /**
     * Client settings for the running platform's Kafka as its administrator (the system tests inspect
     * every topic): SASL/SCRAM with the password the local stack made for this machine.
     */
    static java.util.Properties kafka() {
        java.util.Properties gebruikers = new java.util.Properties();
        java.nio.file.Path file = java.nio.file.Path.of("..", ".local", "kafka-gebruikers.properties").toAbsolutePath().normalize();
        try (var in = java.nio.file.Files.newBufferedReader(file)) {
            gebruikers.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("No Kafka users of the local stack at " + file, e);
        }
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", "localhost:9092");
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "SCRAM-SHA-256");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"beheer\" password=\""
                + gebruikers.getProperty("beheer") + "\";");
        return p;
    }


    static final String REALM = System.getProperty("platform.realm", "http://localhost:8180/realms/statushouders");
    private static final String GATEWAY = System.getProperty("platform.gateway", "http://localhost:8080");

    private Platform() {
    }

    /** Through the gateway when it runs, else straight to the service. */
    static String base(int servicePort) {
        try {
            if (RestAssured.given().get(GATEWAY + "/gateway/health").statusCode() == 200) {
                return GATEWAY;
            }
        } catch (Exception e) {
            // No gateway in this stack (RestAssured rethrows the ConnectException unchecked).
        }
        return "http://localhost:" + servicePort;
    }

    static String intake() {
        return base(8081) + "/api/intake/v1";
    }

    static String assessment() {
        return base(8082) + "/api/assessment/v1";
    }

    static String trajecten() {
        return base(8083) + "/api/trajecten/v1";
    }

    static String werkgevers() {
        return base(8084) + "/api/werkgevers/v1";
    }

    static String monitoring() {
        return base(8085) + "/api/monitoring/v1";
    }

    /** A staff member's token (password grant on the public staff-portal client). */
    static String user(String username) {
        return RestAssured.given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "staff-portal", "username", username, "password", "demo"))
                .post(REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A partner organisation's token (client credentials). */
    static String client(String clientId) {
        return RestAssured.given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret"))
                .post(REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A care home the Werkgeversservicepunt brings in, with a taalstage place for two; returns the place's id. */
    static String taalstageInDeZorg(String wsp, String naam) {
        String werkgever = id(as(wsp).body(java.util.Map.of("naam", naam, "kvkNummer", kvk(), "sector", "Zorg",
                        "soort", "GROOTBEDRIJF", "accountbeheerder", "WERKGEVERSSERVICEPUNT"))
                .post(werkgevers() + "/werkgevers").then().statusCode(201).extract().header("Location"));
        return id(as(wsp).body(java.util.Map.of("soort", "TAALSTAGE", "functie", "Zorgassistent", "beroep", "Verpleegkundige",
                        "urenPerWeek", 16, "minimaalTaalniveau", "A0", "aantal", 2,
                        "leerdoelen", java.util.List.of(java.util.Map.of("soort", "TAAL", "omschrijving", "Overdracht in het Nederlands"))))
                .post(werkgevers() + "/werkgevers/" + werkgever + "/plaatsen").then().statusCode(201).extract().header("Location"));
    }

    static String kvk() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    static String bsn() {
        while (true) {
            int sum = 0;
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                int d = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                sum += (9 - i) * d;
                s.append(d);
            }
            if (sum % 11 < 10) {
                return s.append(sum % 11).toString();
            }
        }
    }
}
