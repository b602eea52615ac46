package nl.statushouders.assessment.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** A session is planned ahead: its date is today or later. */
public final class SessieNietInVerleden {

    public static final String NAME = "sessie-niet-in-verleden";

    private SessieNietInVerleden() {
    }

    public static List<Violation> check(LocalDate datum, LocalDate vandaag) {
        return datum.isBefore(vandaag)
                ? List.of(new Violation(NAME, "datum", "een sessie wordt vooraf gepland, niet in het verleden"))
                : List.of();
    }
}
