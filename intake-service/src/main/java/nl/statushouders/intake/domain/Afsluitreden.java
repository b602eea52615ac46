package nl.statushouders.intake.domain;

/** Why the guidance of a statushouder ended; the retention period of the file starts then. */
public enum Afsluitreden {
    /** Paid work or self-employment: the route's outcome (uitstroom). */
    WERK,
    /** A regular education: the other outcome. */
    ONDERWIJS,
    /** Moved to another gemeente. */
    VERHUISD,
    /** Guidance ended otherwise (no longer needed, declined, or not possible). */
    BEGELEIDING_BEEINDIGD
}
