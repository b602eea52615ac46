package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.AssessmentBesluit;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.List;

/**
 * Choosing the pictogram intake or no assessment at all departs from the NOA route, which
 * suits most people: the werkmatcher writes down why.
 */
public final class MotiveringBijAssessmentBesluit {

    public static final String NAME = "motivering-bij-assessmentbesluit";

    private MotiveringBijAssessmentBesluit() {
    }

    public static List<Violation> check(AssessmentBesluit besluit, String motivering) {
        if (besluit != AssessmentBesluit.NOA && (motivering == null || motivering.isBlank())) {
            return List.of(new Violation(NAME, "motivering", "is verplicht bij assessmentbesluit " + besluit));
        }
        return List.of();
    }
}
