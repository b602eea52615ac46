package nl.statushouders.assessment.domain;

/** Work done before, in the Netherlands or elsewhere. */
public record Werkervaring(String beroep, int jaren, String land) {
}
