package nl.statushouders.werkgevers.domain;

public enum PlaatsSoort {
    TAALSTAGE, WERKERVARINGSPLEK, PROEFPLAATSING, BETAALDE_BAAN, VRIJWILLIGERSWERK
}
