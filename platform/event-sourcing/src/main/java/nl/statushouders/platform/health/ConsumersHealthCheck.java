package nl.statushouders.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.config.ConsumerConfig;
import nl.statushouders.platform.consumer.ConsumerActivity;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;

/**
 * Down only for a stuck consumer: an attempt that has not finished, or attempts that keep hanging,
 * for platform.consumer.stuck-after (a hang a restart may cure). A busy consumer with a backlog, or one waiting out a passing failure,
 * stays up: restarting it would not help and would only add a restart loop to the load. The data
 * shows what it waits for, for the operator and the alert on platform_consumer_oldest_retry_seconds.
 */
@Liveness
@ApplicationScoped
public class ConsumersHealthCheck implements HealthCheck {

    private final ConsumerActivity activity;
    private final ConsumerConfig config;

    public ConsumersHealthCheck(ConsumerActivity activity, ConsumerConfig config) {
        this.activity = activity;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Duration longest = activity.longestAttempt().orElse(Duration.ZERO);
        Duration oldestRetry = activity.oldestRetry().orElse(Duration.ZERO);
        var response = HealthCheckResponse.named("event-consumers")
                .status(!activity.stuck(config.stuckAfter()))
                .withData("langstePogingSeconden", longest.toSeconds())
                .withData("eventsInHerhaling", activity.retrying().size())
                .withData("langsteHerhalingSeconden", oldestRetry.toSeconds())
                .withData("alarm", oldestRetry.compareTo(config.retry().alertAfter()) >= 0)
                .withData("geparkeerdSindsStart", activity.parkedSinceStart());
        activity.lastRetryReason().ifPresent(reason -> response.withData("laatsteReden", reason));
        return response.build();
    }
}
