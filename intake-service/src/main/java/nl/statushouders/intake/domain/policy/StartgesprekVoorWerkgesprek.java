package nl.statushouders.intake.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** The werkgesprek follows the startgesprek: there is one, and it was not later than the werkgesprek. */
public final class StartgesprekVoorWerkgesprek {

    public static final String NAME = "startgesprek-voor-werkgesprek";

    private StartgesprekVoorWerkgesprek() {
    }

    public static List<Violation> check(LocalDate startgesprek, LocalDate werkgesprek) {
        if (startgesprek == null) {
            return List.of(new Violation(NAME, "datum", "er is nog geen startgesprek gehouden"));
        }
        if (werkgesprek.isBefore(startgesprek)) {
            return List.of(new Violation(NAME, "datum", "het werkgesprek ligt voor het startgesprek"));
        }
        return List.of();
    }
}
