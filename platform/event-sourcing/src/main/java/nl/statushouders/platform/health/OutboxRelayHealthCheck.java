package nl.statushouders.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.config.EventsConfig;
import nl.statushouders.platform.outbox.OutboxRelay;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the relay thread runs. Kafka being down does not make the service unhealthy:
 * commands still succeed and the outbox publishes once the broker is back.
 */
@Liveness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final EventsConfig config;

    public OutboxRelayHealthCheck(OutboxRelay relay, EventsConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean expected = config.outbox().enabled();
        return HealthCheckResponse.named("outbox-relay")
                .status(!expected || relay.isRunning())
                .withData("enabled", expected)
                .withData("topic", config.topic())
                .build();
    }
}
