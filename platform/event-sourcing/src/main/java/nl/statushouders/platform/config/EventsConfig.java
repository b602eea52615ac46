package nl.statushouders.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a service publishes its events (DESIGN section 3). */
@ConfigMapping(prefix = "platform.events")
public interface EventsConfig {

    /** Kafka topic of this service, e.g. intake.events.v1. */
    String topic();

    /** CloudEvents source, urn:nld:&lt;organisation id&gt;:systeem:statushouders-&lt;service&gt;. */
    String source();

    /** Reverse-DNS prefix of the CloudEvents type, e.g. nl.statushouders.intake. */
    String typePrefix();

    /** Base URI of the published JSON Schemas; dataschema = base/&lt;type&gt;/v&lt;n&gt;.json. */
    @WithDefault("https://statushouders.nl/schemas/events")
    String dataschemaBase();

    /** Reruns of a command that lost an optimistic-concurrency race before the client gets 409. */
    @WithDefault("3")
    int commandRetries();

    Outbox outbox();

    interface Outbox {
        /** Off in services that only consume. */
        @WithDefault("true")
        boolean enabled();

        /** Fallback poll; normally the relay is woken right after a commit. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** Renewed at every poll; when an instance dies, another takes over within this time. */
        @WithDefault("5s")
        Duration lease();

        /** Owner of the relay lease; default: host name and HTTP port, stable across restarts. */
        java.util.Optional<String> instanceId();
    }
}
