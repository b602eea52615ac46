package nl.statushouders.intake.domain;

/** A trajectory the plan proposes (taalstage, opleiding, ...), placed later by trajectory-service. */
public record Trajectvoorstel(String soort, String toelichting) {
}
