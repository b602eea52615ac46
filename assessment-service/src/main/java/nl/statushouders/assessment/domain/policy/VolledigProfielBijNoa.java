package nl.statushouders.assessment.domain.policy;

import nl.statushouders.assessment.domain.Profiel;
import nl.statushouders.assessment.domain.Soort;
import nl.statushouders.assessment.domain.Taalniveau;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * NOA measures everything: its report has the education level and all four language skills.
 * The alternative intake (pictograms) records the profile as far as known, so it may lack them.
 */
public final class VolledigProfielBijNoa {

    public static final String NAME = "volledig-profiel-bij-noa";

    private VolledigProfielBijNoa() {
    }

    public static List<Violation> check(Soort soort, Profiel profiel) {
        if (soort != Soort.NOA) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        if (profiel.opleidingsniveau() == null) {
            violations.add(new Violation(NAME, "opleidingsniveau", "is verplicht in een NOA-rapport"));
        }
        Taalniveau t = profiel.taalniveau() == null ? Taalniveau.ONBEKEND : profiel.taalniveau();
        ontbreekt(violations, "lezen", t.lezen());
        ontbreekt(violations, "luisteren", t.luisteren());
        ontbreekt(violations, "spreken", t.spreken());
        ontbreekt(violations, "schrijven", t.schrijven());
        return violations;
    }

    private static void ontbreekt(List<Violation> violations, String vaardigheid, String niveau) {
        if (niveau == null) {
            violations.add(new Violation(NAME, "taalniveau." + vaardigheid, "is verplicht in een NOA-rapport"));
        }
    }
}
