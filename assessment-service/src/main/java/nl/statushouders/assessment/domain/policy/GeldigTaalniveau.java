package nl.statushouders.assessment.domain.policy;

import nl.statushouders.assessment.domain.Taalniveau;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Language levels are on the CEFR scale, with A0 for no Dutch yet: A0, A1, A2, B1, B2, C1, C2. */
public final class GeldigTaalniveau {

    public static final String NAME = "geldig-taalniveau";
    public static final Set<String> NIVEAUS = Set.of("A0", "A1", "A2", "B1", "B2", "C1", "C2");

    private GeldigTaalniveau() {
    }

    public static boolean geldig(String niveau) {
        return NIVEAUS.contains(niveau);
    }

    public static List<Violation> check(Taalniveau taalniveau) {
        List<Violation> violations = new ArrayList<>();
        if (taalniveau == null) {
            return violations;
        }
        check(violations, "lezen", taalniveau.lezen());
        check(violations, "luisteren", taalniveau.luisteren());
        check(violations, "spreken", taalniveau.spreken());
        check(violations, "schrijven", taalniveau.schrijven());
        return violations;
    }

    private static void check(List<Violation> violations, String vaardigheid, String niveau) {
        if (niveau != null && !geldig(niveau)) {
            violations.add(new Violation(NAME, "taalniveau." + vaardigheid, "is een niveau van A0 tot en met C2"));
        }
    }
}
