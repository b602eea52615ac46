package nl.statushouders.intake.domain.policy;

/**
 * A BSN is nine digits whose weighted sum (9..2 for the first eight, -1 for the last) is
 * divisible by 11: the elfproef. Catches a mistyped digit before anything is stored.
 */
public final class BsnElfproef {

    public static final String NAME = "bsn-elfproef";

    private BsnElfproef() {
    }

    public static boolean isValid(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0 && !bsn.equals("000000000");
    }
}
