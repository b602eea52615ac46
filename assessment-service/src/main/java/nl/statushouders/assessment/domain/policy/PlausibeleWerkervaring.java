package nl.statushouders.assessment.domain.policy;

import nl.statushouders.assessment.domain.Werkervaring;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;

/** Years of work experience per occupation lie between 0 and 60: more is a typing error. */
public final class PlausibeleWerkervaring {

    public static final String NAME = "plausibele-werkervaring";
    public static final int MAX_JAREN = 60;

    private PlausibeleWerkervaring() {
    }

    public static List<Violation> check(List<Werkervaring> werkervaring) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < werkervaring.size(); i++) {
            int jaren = werkervaring.get(i).jaren();
            if (jaren < 0 || jaren > MAX_JAREN) {
                violations.add(new Violation(NAME, "werkervaring[" + i + "].jaren", "ligt tussen 0 en " + MAX_JAREN));
            }
        }
        return violations;
    }
}
