package nl.statushouders.intake.domain;

/** Who can be responsible for an agreement in the plan van aanpak. */
public enum Partij { GEMEENTE, VLUCHTELINGENWERK, STATUSHOUDER, WERKGEVER, TAALSCHOOL }
