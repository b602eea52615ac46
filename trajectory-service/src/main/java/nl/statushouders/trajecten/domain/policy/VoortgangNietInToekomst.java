package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** Progress is reported about what happened: its date is not after today. */
public final class VoortgangNietInToekomst {

    public static final String NAME = "voortgang-niet-in-toekomst";

    private VoortgangNietInToekomst() {
    }

    public static List<Violation> check(LocalDate datum, LocalDate vandaag) {
        return datum.isAfter(vandaag) ? List.of(new Violation(NAME, "datum", "ligt in de toekomst")) : List.of();
    }
}
