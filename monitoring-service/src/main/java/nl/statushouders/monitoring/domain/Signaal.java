package nl.statushouders.monitoring.domain;

/** What the municipality must act on (DESIGN section 4). */
public enum Signaal {
    GEEN_WERKGESPREK_BINNEN_TERMIJN,
    ASSESSMENT_NIET_VERSCHENEN,
    TRAJECT_ZONDER_VOORTGANG,
    INBURGERING_LAGE_AANWEZIGHEID,
    PLAN_EVALUATIE_VERLOPEN,
    KLAAR_VOOR_VOLGENDE_STAP,
    JONGERE_ZONDER_OPLEIDING
}
