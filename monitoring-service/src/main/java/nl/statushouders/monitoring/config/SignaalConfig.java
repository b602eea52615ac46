package nl.statushouders.monitoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.inject.Produces;
import nl.statushouders.monitoring.domain.Drempels;

/** Thresholds of the signals (monitoring.signalen.*), with the defaults of DESIGN section 4. */
@ConfigMapping(prefix = "monitoring.signalen")
public interface SignaalConfig {

    @WithDefault("10")
    int werkgesprekBinnenWeken();

    @WithDefault("6")
    int voortgangBinnenWeken();

    @WithDefault("80")
    int minimaleAanwezigheid();

    @WithDefault("A2")
    String volgendeStapSpreken();

    @WithDefault("30")
    int jongereTot();

    @WithDefault("3")
    int opleidingBinnenMaanden();

    default Drempels drempels() {
        return new Drempels(werkgesprekBinnenWeken(), voortgangBinnenWeken(), minimaleAanwezigheid(),
                volgendeStapSpreken(), jongereTot(), opleidingBinnenMaanden());
    }

    /** Makes the thresholds injectable as a plain value. */
    class Producer {
        @Produces
        Drempels drempels(SignaalConfig config) {
            return config.drempels();
        }
    }
}
