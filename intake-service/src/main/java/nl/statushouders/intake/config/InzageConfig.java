package nl.statushouders.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * Where intake finds the other services' part of an inzage export: service name (the API root, e.g.
 * "assessment") to base URL. Every service listed must answer, or the export is not given.
 */
@ConfigMapping(prefix = "intake.inzage")
public interface InzageConfig {

    Map<String, String> diensten();

    @WithDefault("PT10S")
    Duration timeout();
}
