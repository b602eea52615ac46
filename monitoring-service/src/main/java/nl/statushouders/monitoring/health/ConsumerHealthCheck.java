package nl.statushouders.monitoring.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.service.VoortgangService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports how many events of unknown types the projections skipped: a newer producer, not an error. */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    private final VoortgangService voortgang;

    public ConsumerHealthCheck(VoortgangService voortgang) {
        this.voortgang = voortgang;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("projecties")
                .up()
                .withData("overgeslagenOnbekendType", voortgang.skipped())
                .build();
    }
}
