package nl.statushouders.intake.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** A startgesprek or werkgesprek is recorded once it has been held: its date is not in the future. */
public final class GesprekNietInToekomst {

    public static final String NAME = "gesprek-niet-in-toekomst";

    private GesprekNietInToekomst() {
    }

    public static List<Violation> check(LocalDate datum, LocalDate vandaag) {
        return datum.isAfter(vandaag)
                ? List.of(new Violation(NAME, "datum", "een gesprek wordt vastgelegd nadat het is gehouden"))
                : List.of();
    }
}
