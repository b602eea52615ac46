package nl.statushouders.werkgevers.domain;

/** A former profession from the assessment report. */
public record Werkervaring(String beroep, int jaren, String land) {
}
