package nl.statushouders.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the kernel keeps what it only needs for a while. */
@ConfigMapping(prefix = "platform.housekeeping")
public interface HousekeepingConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("1h")
    Duration interval();

    /** Published outbox rows: the event itself stays in the event store (and on Kafka). */
    @WithDefault("7d")
    Duration outboxRetention();

    /**
     * Ids of applied events. A redelivery older than this would be applied again, so keep it well
     * beyond any consumer lag; replays from offset zero are rebuilds, which do not use these ids.
     */
    @WithDefault("90d")
    Duration processedEventRetention();

    /** Rows deleted per statement, so pruning never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
