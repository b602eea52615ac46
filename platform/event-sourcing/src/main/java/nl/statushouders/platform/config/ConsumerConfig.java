package nl.statushouders.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** How consumers wait out passing failures, and when a consumer counts as stuck. */
@ConfigMapping(prefix = "platform.consumer")
public interface ConsumerConfig {

    /**
     * Whether the service consumes (the kernel's EventConsumer on the channel {@code events}). Read at
     * build time by {@code @IfBuildProperty}; here so that the property is a known one.
     */
    @WithDefault("false")
    boolean enabled();

    Retry retry();

    /**
     * Per event topic its one producer: the CloudEvents {@code source} and type prefix it writes. A
     * consumer applies an event only when both match the topic it came from (see Herkomst).
     */
    Map<String, Producent> producenten();

    interface Producent {
        String source();

        String typePrefix();
    }

    /** An attempt that has not finished after this long is given up and retried (a hung connection, say). */
    @WithDefault("30s")
    Duration attemptTimeout();

    /** An attempt that has not finished after this long hangs: liveness reports the consumer stuck. */
    @WithDefault("5m")
    Duration stuckAfter();

    interface Retry {
        @WithDefault("100ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** Spread of each wait, 0.5 = plus or minus 50 %, so instances do not retry in step. */
        @WithDefault("0.5")
        double jitter();

        /**
         * Attempts before a failure that looks permanent is believed: a permanent failure fails again,
         * a misjudged passing one (a driver error while the connection drops) does not.
         */
        @WithDefault("3")
        int permanentAttempts();

        /** After this long an event that still fails is parked like a permanent failure, with the reason. */
        @WithDefault("24h")
        Duration giveUpAfter();

        /** While an event has been retried this long, readiness data and metrics raise the alarm. */
        @WithDefault("1m")
        Duration alertAfter();
    }
}
