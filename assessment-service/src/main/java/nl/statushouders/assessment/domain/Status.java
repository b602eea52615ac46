package nl.statushouders.assessment.domain;

/** Where an assessment stands; NIET_VERSCHENEN allows a new session, AFGEROND is final. */
public enum Status {
    UITGENODIGD, GEPLAND, AFGEROND, NIET_VERSCHENEN
}
