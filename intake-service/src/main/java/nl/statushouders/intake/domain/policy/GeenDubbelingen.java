package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.Afspraak;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * No dubbelingen: one activity appears once in the plan, so no guidance is given twice
 * (not two application trainings, one by the gemeente and one by VluchtelingenWerk).
 * Activities are compared ignoring case and surrounding or repeated spaces.
 */
public final class GeenDubbelingen {

    public static final String NAME = "geen-dubbelingen";

    private GeenDubbelingen() {
    }

    public static List<Violation> check(List<Afspraak> afspraken) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> eerder = new HashMap<>();
        for (int i = 0; i < afspraken.size(); i++) {
            String activiteit = afspraken.get(i).activiteit();
            if (activiteit == null) {
                continue;
            }
            String sleutel = activiteit.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            Integer eerste = eerder.putIfAbsent(sleutel, i);
            if (eerste != null) {
                violations.add(new Violation(NAME, "planVanAanpak.afspraken[" + i + "].activiteit",
                        "deze activiteit staat al in afspraak " + eerste + "; een activiteit krijgt een partij"));
            }
        }
        return violations;
    }
}
