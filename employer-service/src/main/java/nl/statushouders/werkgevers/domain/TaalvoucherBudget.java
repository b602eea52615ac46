package nl.statushouders.werkgevers.domain;

import java.util.UUID;

/**
 * The taalvoucher budget of one gemeente in one year: a stream of its own, so two grants racing
 * for the last euros load the same version and only one can append.
 */
public record TaalvoucherBudget(long besteed, int aantal, UUID laatsteStatushouder) {

    public static final TaalvoucherBudget LEEG = new TaalvoucherBudget(0, 0, null);

    public static String streamId(String gemeente, int jaar) {
        return "taalvoucherbudget-" + gemeente + "-" + jaar;
    }
}
