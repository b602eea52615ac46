package nl.statushouders.intake.domain;

/** Where the statushouder lives: still in an asylum centre (with its location) or in a house. */
public record Huisvesting(Status status, String azcLocatie) {

    public enum Status { AZC, WONING }
}
