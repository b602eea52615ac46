package nl.statushouders.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a rebuild pages through history. */
@ConfigMapping(prefix = "platform.rebuild")
public interface RebuildConfig {

    /**
     * Keys per page. One page is one transaction holding the locks of its keys' rows: live
     * commands and events for those keys wait at most that long.
     */
    @WithDefault("100")
    int pageSize();

    /** A page that fails with a passing failure (a lock conflict with live traffic, a lost connection) is tried again. */
    @WithDefault("10")
    int pageAttempts();

    @WithDefault("200ms")
    Duration pageRetryPause();
}
