package nl.statushouders.trajecten.domain;

/** Language level on the European framework; A0 is "not yet A1". */
public enum Niveau {
    A0, A1, A2, B1, B2, C1, C2
}
