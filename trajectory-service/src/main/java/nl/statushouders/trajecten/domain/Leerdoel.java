package nl.statushouders.trajecten.domain;

/** What the statushouder should learn in a trajectory. */
public record Leerdoel(LeerdoelSoort soort, String omschrijving) {
}
