package nl.statushouders.intake.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** The plan's evaluation date lies after the werkgesprek that agreed it. */
public final class EvaluatieNaWerkgesprek {

    public static final String NAME = "evaluatie-na-werkgesprek";

    private EvaluatieNaWerkgesprek() {
    }

    public static List<Violation> check(LocalDate werkgesprek, LocalDate evaluatiedatum) {
        if (!evaluatiedatum.isAfter(werkgesprek)) {
            return List.of(new Violation(NAME, "planVanAanpak.evaluatiedatum", "ligt na de datum van het werkgesprek"));
        }
        return List.of();
    }
}
