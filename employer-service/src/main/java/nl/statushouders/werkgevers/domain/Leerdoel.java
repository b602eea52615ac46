package nl.statushouders.werkgevers.domain;

/** A learning goal of a place; copied into the match and from there into the trajectory. */
public record Leerdoel(LeerdoelSoort soort, String omschrijving) {
}
