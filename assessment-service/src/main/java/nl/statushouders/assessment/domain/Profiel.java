package nl.statushouders.assessment.domain;

import java.util.List;

/** The report of an assessment: what the statushouder brings and what stands in the way. */
public record Profiel(Opleidingsniveau opleidingsniveau, List<Werkervaring> werkervaring, Taalniveau taalniveau,
                      List<String> competenties, List<String> kansen, List<String> belemmeringen, String advies) {
}
