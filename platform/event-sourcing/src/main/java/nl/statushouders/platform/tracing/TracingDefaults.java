package nl.statushouders.platform.tracing;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Tracing costs nothing until an OTLP endpoint is configured: without one the OpenTelemetry SDK is
 * disabled (no spans, no exporter retrying a collector that is not there). Set
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} (or the traces endpoint) and every service exports its
 * traces; {@code quarkus.otel.sdk.disabled} set anywhere else still wins (lowest ordinal here).
 */
public class TracingDefaults implements ConfigSource {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    private static final String[] ENDPOINTS = {"quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint"};

    @Override
    public Map<String, String> getProperties() {
        return Map.of(SDK_DISABLED, getValue(SDK_DISABLED));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(SDK_DISABLED);
    }

    @Override
    public String getValue(String name) {
        if (!SDK_DISABLED.equals(name)) {
            return null;
        }
        return Boolean.toString(!endpointConfigured());
    }

    static boolean endpointConfigured() {
        for (String property : ENDPOINTS) {
            String env = property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
            if (present(System.getProperty(property)) || present(System.getenv(env))) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "platform-tracing-defaults";
    }
}
