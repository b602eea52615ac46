package nl.statushouders.platform.sleutels;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The local key store's master key and the cache of data keys. */
@ConfigMapping(prefix = "platform.sleutelkluis")
public interface SleutelkluisConfig {

    /**
     * The key-encryption key (KEK), 32 bytes in base64, from the environment or a secret file; never
     * in the repository. Every data key is stored wrapped under it.
     */
    String hoofdsleutel();

    /** Names the master key a data key was wrapped with, so that a new master key can be rolled in. */
    @WithDefault("1")
    String hoofdsleutelId();

    /**
     * How long an unwrapped data key stays in memory. An erasure event evicts it at once; this bounds
     * how long a service that missed that event could still read.
     */
    @WithDefault("5m")
    Duration cacheDuur();

    @WithDefault("10000")
    int cacheOmvang();
}
