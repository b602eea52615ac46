package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.Afspraak;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;

/** Every agreement in the plan has exactly one responsible party. */
public final class EenVerantwoordelijkePerAfspraak {

    public static final String NAME = "een-verantwoordelijke-per-afspraak";

    private EenVerantwoordelijkePerAfspraak() {
    }

    public static List<Violation> check(List<Afspraak> afspraken) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < afspraken.size(); i++) {
            if (afspraken.get(i).verantwoordelijke() == null) {
                violations.add(new Violation(NAME, "planVanAanpak.afspraken[" + i + "].verantwoordelijke",
                        "elke afspraak heeft precies een verantwoordelijke"));
            }
        }
        return violations;
    }
}
