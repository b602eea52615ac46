package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.trajecten.domain.Deelnemer;
import nl.statushouders.trajecten.domain.Soort;
import nl.statushouders.trajecten.domain.Startkwalificatie;

import java.time.LocalDate;
import java.util.List;

/**
 * Under 30 without a startkwalificatie, education comes first: any other trajectory needs a
 * written reason. Inburgering runs alongside and is always allowed. An unknown qualification
 * counts as none, and an unknown birth date as young: the rule errs on the side of school.
 */
public final class JongerenEerstOnderwijs {

    public static final String NAME = "jongeren-eerst-onderwijs";
    public static final int LEEFTIJDSGRENS = 30;

    private JongerenEerstOnderwijs() {
    }

    public static List<Violation> check(Soort soort, Deelnemer deelnemer, LocalDate startdatum, String motivering) {
        if (soort.isOnderwijs() || soort.isNeutraal() || (motivering != null && !motivering.isBlank())) {
            return List.of();
        }
        Integer leeftijd = deelnemer.leeftijdOp(startdatum);
        boolean jong = leeftijd == null || leeftijd < LEEFTIJDSGRENS;
        boolean zonderStartkwalificatie = deelnemer.startkwalificatie() != Startkwalificatie.JA;
        if (jong && zonderStartkwalificatie) {
            return List.of(new Violation(NAME, "motivering", "onder de " + LEEFTIJDSGRENS
                    + " zonder startkwalificatie gaat onderwijs voor; een ander traject vraagt een motivering"));
        }
        return List.of();
    }
}
