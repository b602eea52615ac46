package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;

/** A place offers at least one position, for 1 to 40 hours a week. */
public final class PlaatsOmvang {

    public static final String NAME = "plaats-omvang";

    private PlaatsOmvang() {
    }

    public static List<Violation> check(int aantal, int urenPerWeek) {
        List<Violation> v = new ArrayList<>();
        if (aantal < 1) {
            v.add(new Violation(NAME, "aantal", "een plaats biedt ten minste 1 plek"));
        }
        if (urenPerWeek < 1 || urenPerWeek > 40) {
            v.add(new Violation(NAME, "urenPerWeek", "ligt tussen 1 en 40 uur per week"));
        }
        return v;
    }
}
