package nl.statushouders.assessment.domain;

/** NOA: the online assessment. ALTERNATIEF: the intake with icons and pictograms for who cannot do NOA. */
public enum Soort {
    NOA, ALTERNATIEF
}
