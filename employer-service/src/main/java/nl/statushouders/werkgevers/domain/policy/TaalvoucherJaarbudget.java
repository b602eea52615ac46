package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;

import java.util.List;

/** The taalvouchers of a gemeente in a year stay within its yearly budget (euro cents). */
public final class TaalvoucherJaarbudget {

    public static final String NAME = "taalvoucher-jaarbudget";

    private TaalvoucherJaarbudget() {
    }

    public static List<Violation> check(long besteed, long bedrag, long jaarbudget) {
        return besteed + bedrag > jaarbudget
                ? List.of(new Violation(NAME, "bedrag", "overschrijdt het jaarbudget voor taalvouchers (nog "
                + Math.max(0, jaarbudget - besteed) + " eurocent beschikbaar)"))
                : List.of();
    }
}
