package nl.statushouders.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service under test its own fresh PostgreSQL database and the shared real Kafka
 * broker. Use with {@code @QuarkusTestResource(value = PlatformTestResource.class,
 * initArgs = @ResourceArg(name = "database", value = "intake"))}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestPostgres pg = TestPostgres.get().freshDatabase(database);
        TestKafka kafka = TestKafka.get();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", pg.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", pg.reactiveUrl(database));
        config.put("quarkus.datasource.username", database);
        config.put("quarkus.datasource.password", pg.rolWachtwoord(database));
        config.putAll(kafka.dienst(database));
        config.putAll(sleutelkluis(pg));
        return config;
    }

    /**
     * The key store's database, one per test JVM as for a platform, and a master key made for this JVM:
     * every service under test encrypts personal fields as in production.
     */
    static synchronized Map<String, String> sleutelkluis(TestPostgres pg) {
        if (sleutelkluis == null) {
            pg.freshDatabase("sleutelkluis");
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            sleutelkluis = Map.of(
                    "quarkus.datasource.sleutelkluis.jdbc.url", pg.jdbcUrl("sleutelkluis"),
                    "quarkus.datasource.sleutelkluis.reactive.url", pg.reactiveUrl("sleutelkluis"),
                    "quarkus.datasource.sleutelkluis.username", "sleutelkluis",
                    "quarkus.datasource.sleutelkluis.password", pg.rolWachtwoord("sleutelkluis"),
                    "platform.sleutelkluis.hoofdsleutel", java.util.Base64.getEncoder().encodeToString(key));
        }
        return sleutelkluis;
    }

    private static Map<String, String> sleutelkluis;

    /** The same key store as environment variables, for a service started as a process of its own. */
    public static Map<String, String> sleutelkluisOmgeving() {
        Map<String, String> config = sleutelkluis(TestPostgres.get());
        return Map.of(
                "SLEUTELKLUIS_JDBC_URL", config.get("quarkus.datasource.sleutelkluis.jdbc.url"),
                "SLEUTELKLUIS_REACTIVE_URL", config.get("quarkus.datasource.sleutelkluis.reactive.url"),
                "SLEUTELKLUIS_USER", config.get("quarkus.datasource.sleutelkluis.username"),
                "SLEUTELKLUIS_PASSWORD", config.get("quarkus.datasource.sleutelkluis.password"),
                "SLEUTELKLUIS_HOOFDSLEUTEL", config.get("platform.sleutelkluis.hoofdsleutel"));
    }

    @Override
    public void stop() {
        // Kafka and PostgreSQL live for the whole test JVM and stop with it.
    }
}
