package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.util.List;

/** Attendance is a percentage from 0 to 100, or absent when the provider does not track it. */
public final class AanwezigheidAlsPercentage {

    public static final String NAME = "aanwezigheid-als-percentage";

    private AanwezigheidAlsPercentage() {
    }

    public static List<Violation> check(Integer aanwezigheidPercentage) {
        if (aanwezigheidPercentage != null && (aanwezigheidPercentage < 0 || aanwezigheidPercentage > 100)) {
            return List.of(new Violation(NAME, "aanwezigheidPercentage", "ligt niet tussen 0 en 100"));
        }
        return List.of();
    }
}
