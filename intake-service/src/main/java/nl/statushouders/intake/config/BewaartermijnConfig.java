package nl.statushouders.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/**
 * Retention of intake files (docs/privacy.md lists every category). The file, and with it everything
 * the platform derived from it (assessment, plan, trajectories, matches, progress), is erased this long
 * after the guidance ended; an open file is never erased by time.
 */
@ConfigMapping(prefix = "intake.bewaartermijnen")
public interface BewaartermijnConfig {

    /** After the file was closed (ISO-8601 period). Selectielijst gemeenten: 5 years after the service ended. */
    @WithDefault("P5Y")
    Period dossier();

    /** When the job runs (Quarkus cron; "off" to leave it to another instance or to hand). */
    @WithDefault("0 30 2 * * ?")
    String schema();
}
