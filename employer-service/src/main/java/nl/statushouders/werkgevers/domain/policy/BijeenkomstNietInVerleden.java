package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** A meeting is scheduled for today or later. */
public final class BijeenkomstNietInVerleden {

    public static final String NAME = "bijeenkomst-niet-in-verleden";

    private BijeenkomstNietInVerleden() {
    }

    public static List<Violation> check(LocalDate datum, LocalDate vandaag) {
        return datum.isBefore(vandaag) ? List.of(new Violation(NAME, "datum", "een bijeenkomst wordt vooraf gepland"))
                : List.of();
    }
}
