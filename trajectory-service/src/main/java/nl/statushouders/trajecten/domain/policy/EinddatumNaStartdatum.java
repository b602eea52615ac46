package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** A trajectory ends (as planned) after it starts. */
public final class EinddatumNaStartdatum {

    public static final String NAME = "einddatum-na-startdatum";

    private EinddatumNaStartdatum() {
    }

    public static List<Violation> check(LocalDate startdatum, LocalDate geplandeEinddatum) {
        return geplandeEinddatum.isAfter(startdatum) ? List.of()
                : List.of(new Violation(NAME, "geplandeEinddatum", "ligt niet na de startdatum"));
    }
}
