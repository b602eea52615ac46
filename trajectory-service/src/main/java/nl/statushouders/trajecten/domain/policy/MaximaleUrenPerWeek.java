package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.trajecten.domain.Uren;

import java.util.List;

/**
 * Statushouders are not available full time (inburgering lessons, appointments): the hours per
 * week of all planned and active trajectories, inburgering included, stay within a configurable
 * maximum. The service reads the other trajectories' hours under a lock on the statushouder.
 */
public final class MaximaleUrenPerWeek {

    public static final String NAME = "maximale-uren-per-week";

    private MaximaleUrenPerWeek() {
    }

    public static List<Violation> check(int urenPerWeek, Uren uren) {
        int totaal = uren.elders() + urenPerWeek;
        if (totaal > uren.maximum()) {
            return List.of(new Violation(NAME, "urenPerWeek", "samen met de andere geplande en lopende trajecten ("
                    + uren.elders() + " uur) wordt dat " + totaal + " uur per week, meer dan het maximum van "
                    + uren.maximum()));
        }
        return List.of();
    }
}
