package nl.statushouders.intake.domain;

/** A participant of a werkgesprek, by role; the name is optional. */
public record Deelnemer(Rol rol, String naam) {

    public enum Rol { WERKMATCHER, VLUCHTELINGENWERK, STATUSHOUDER, TOLK }
}
