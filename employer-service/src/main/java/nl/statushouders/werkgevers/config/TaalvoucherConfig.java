package nl.statushouders.werkgevers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** The yearly taalvoucher budget in euro cents: one default, and overrides per gemeente (CBS code). */
@ConfigMapping(prefix = "werkgevers.taalvoucher")
public interface TaalvoucherConfig {

    @WithDefault("2500000")
    long jaarbudget();

    /** werkgevers.taalvoucher.per-gemeente."0344"=5000000 */
    Map<String, Long> perGemeente();

    default long jaarbudget(String gemeente) {
        return perGemeente().getOrDefault(gemeente, jaarbudget());
    }
}
