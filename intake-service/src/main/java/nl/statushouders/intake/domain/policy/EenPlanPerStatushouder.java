package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.IntakeDossier;
import nl.statushouders.platform.eventsourcing.ConflictException;

/**
 * One plan van aanpak per statushouder: a second werkgesprek does not make a second plan;
 * the existing plan is revised instead.
 */
public final class EenPlanPerStatushouder {

    public static final String NAME = "een-plan-per-statushouder";

    private EenPlanPerStatushouder() {
    }

    public static void check(IntakeDossier dossier) {
        if (dossier.heeftPlan()) {
            throw new ConflictException("Er is al een plan van aanpak (versie " + dossier.planVersie()
                    + "); pas dat plan aan in plaats van een nieuw te maken (" + NAME + ").");
        }
    }
}
