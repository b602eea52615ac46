package nl.statushouders.trajecten.domain;

import java.time.LocalDate;

/**
 * What the rules need to know about the statushouder, from the service's read model of intake
 * and assessment events. {@code geboortedatum} is null while intake's registration has not arrived.
 */
public record Deelnemer(LocalDate geboortedatum, Startkwalificatie startkwalificatie) {

    /** Age in whole years on a date; null when the birth date is unknown. */
    public Integer leeftijdOp(LocalDate datum) {
        return geboortedatum == null ? null : java.time.Period.between(geboortedatum, datum).getYears();
    }
}
