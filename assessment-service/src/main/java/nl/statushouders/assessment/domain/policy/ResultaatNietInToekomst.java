package nl.statushouders.assessment.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** A result is recorded after the assessment was taken: its date is not in the future. */
public final class ResultaatNietInToekomst {

    public static final String NAME = "resultaat-niet-in-toekomst";

    private ResultaatNietInToekomst() {
    }

    public static List<Violation> check(LocalDate datum, LocalDate vandaag) {
        return datum.isAfter(vandaag)
                ? List.of(new Violation(NAME, "datum", "een resultaat wordt vastgelegd nadat het assessment is afgenomen"))
                : List.of();
    }
}
