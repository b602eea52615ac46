package nl.statushouders.intake.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** A birth date is not in the future and belongs to a person of working age (15 up to the AOW age of 67). */
public final class PlausibeleGeboortedatum {

    public static final String NAME = "plausibele-geboortedatum";
    static final int MINIMUM_LEEFTIJD = 15;
    static final int AOW_LEEFTIJD = 67;

    private PlausibeleGeboortedatum() {
    }

    public static List<Violation> check(LocalDate geboortedatum, LocalDate vandaag) {
        if (geboortedatum.isAfter(vandaag)) {
            return List.of(new Violation(NAME, "geboortedatum", "mag niet in de toekomst liggen"));
        }
        int leeftijd = Period.between(geboortedatum, vandaag).getYears();
        if (leeftijd < MINIMUM_LEEFTIJD || leeftijd >= AOW_LEEFTIJD) {
            return List.of(new Violation(NAME, "geboortedatum",
                    "hoort bij iemand in de werkende leeftijd (" + MINIMUM_LEEFTIJD + " tot " + AOW_LEEFTIJD + " jaar)"));
        }
        return List.of();
    }
}
