package nl.statushouders.intake.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/** A file is closed when the guidance has ended: the date is not in the future. */
public final class AfsluitingNietInToekomst {

    public static final String NAME = "afsluiting-niet-in-toekomst";

    private AfsluitingNietInToekomst() {
    }

    public static List<Violation> check(LocalDate datum, LocalDate vandaag) {
        return datum.isAfter(vandaag)
                ? List.of(new Violation(NAME, "datum", "Een dossier wordt afgesloten als de begeleiding is geëindigd, niet vooraf."))
                : List.of();
    }
}
