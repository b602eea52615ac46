package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.IntakeDossier;
import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Erasure without a request (AVG article 5(1)(e)): only a closed file, and only once its retention
 * period, counted from the day it was closed, has passed. A file still open is never erased this way.
 */
public final class BewaartermijnVerstreken {

    public static final String NAME = "bewaartermijn-verstreken";

    private BewaartermijnVerstreken() {
    }

    /** The first day on which the file may be erased, or null while it is open. */
    public static LocalDate verlooptOp(LocalDate afgeslotenOp, Period termijn) {
        return afgeslotenOp == null ? null : afgeslotenOp.plus(termijn);
    }

    public static List<Violation> check(IntakeDossier dossier, Period termijn, LocalDate vandaag) {
        LocalDate verloopt = verlooptOp(dossier.afgeslotenOp(), termijn);
        if (verloopt == null) {
            return List.of(new Violation(NAME, "afsluiting", "Een dossier dat niet is afgesloten, heeft geen verstreken bewaartermijn."));
        }
        return verloopt.isAfter(vandaag)
                ? List.of(new Violation(NAME, "bewaartermijn", "De bewaartermijn verstrijkt pas op " + verloopt + "."))
                : List.of();
    }
}
