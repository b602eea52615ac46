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
        config.put("quarkus.datasource.username", pg.user());
        config.put("quarkus.datasource.password", pg.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // Kafka and PostgreSQL live for the whole test JVM and stop with it.
    }
}
