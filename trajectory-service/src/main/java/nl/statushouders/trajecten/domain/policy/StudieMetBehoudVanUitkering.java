package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.trajecten.domain.Deelnemer;
import nl.statushouders.trajecten.domain.Soort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Studying while keeping benefits is tailored support for people of 30 and over (younger people
 * go to regular education), for at most one year.
 */
public final class StudieMetBehoudVanUitkering {

    public static final String NAME = "studie-met-behoud-van-uitkering";
    public static final int MINIMUMLEEFTIJD = 30;
    public static final int MAXIMUM_MAANDEN = 12;

    private StudieMetBehoudVanUitkering() {
    }

    public static List<Violation> check(Soort soort, Deelnemer deelnemer, LocalDate startdatum, LocalDate geplandeEinddatum) {
        if (soort != Soort.STUDIE_MET_BEHOUD_VAN_UITKERING) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Integer leeftijd = deelnemer.leeftijdOp(startdatum);
        if (leeftijd == null || leeftijd < MINIMUMLEEFTIJD) {
            violations.add(new Violation(NAME, "soort", "studie met behoud van uitkering kan pas vanaf "
                    + MINIMUMLEEFTIJD + " jaar op de startdatum" + (leeftijd == null ? " (geboortedatum onbekend)" : "")));
        }
        if (geplandeEinddatum.isAfter(startdatum.plusMonths(MAXIMUM_MAANDEN))) {
            violations.add(new Violation(NAME, "geplandeEinddatum",
                    "studie met behoud van uitkering duurt hoogstens " + MAXIMUM_MAANDEN + " maanden"));
        }
        return violations;
    }
}
