package nl.statushouders.trajecten.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings. */
@ConfigMapping(prefix = "trajecten")
public interface TrajectConfig {

    /** Most hours per week a statushouder's planned and active trajectories may add up to (inburgering included). */
    @WithDefault("40")
    int maxUrenPerWeek();

    /** Planned length of a trajectory from an accepted match, which names no end date. */
    @WithDefault("6")
    int matchLooptijdMaanden();
}
