package nl.statushouders.trajecten.domain;

public enum Status {
    NIEUW, GEPLAND, ACTIEF, BEEINDIGD
}
