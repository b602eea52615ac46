package nl.statushouders.werkgevers.domain;

public enum BijeenkomstSoort {
    RONDLEIDING, MATCHBIJEENKOMST
}
