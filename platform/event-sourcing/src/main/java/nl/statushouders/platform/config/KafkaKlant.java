package nl.statushouders.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Properties;

/**
 * How the kernel's own Kafka clients (the outbox relay's producer, the topic check) connect: the same
 * broker and the same credentials as the service's channels, from the {@code kafka.*} settings. Kafka
 * is a closed system: the service logs in as its own principal (SASL/SCRAM), KAFKA_USERNAME and
 * KAFKA_PASSWORD.
 */
@ApplicationScoped
public class KafkaKlant {

    private static final List<String> BEVEILIGING = List.of("security.protocol", "sasl.mechanism", "sasl.jaas.config");

    private final Properties basis = new Properties();

    public KafkaKlant(Config config) {
        basis.put("bootstrap.servers", config.getValue("kafka.bootstrap.servers", String.class));
        for (String key : BEVEILIGING) {
            config.getOptionalValue("kafka." + key, String.class).ifPresent(v -> basis.put(key, v));
        }
    }

    /** A fresh copy, for one client to add its own settings to. */
    public Properties properties() {
        Properties p = new Properties();
        p.putAll(basis);
        return p;
    }
}
