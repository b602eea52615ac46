package nl.statushouders.intake.domain;

/**
 * The werkmatcher's decision in the startgesprek: the online NOA assessment, the alternative
 * intake with icons and pictograms (for people who cannot read or use a computer), or none.
 */
public enum AssessmentBesluit { NOA, ALTERNATIEF, GEEN }
