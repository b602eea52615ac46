package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.IntakeDossier;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PreconditionFailedException;

/**
 * Plan versions are strictly sequential: a revision builds on an existing plan, on the version
 * the client last saw (If-Match), and becomes the next number.
 */
public final class PlanVersiesOpvolgend {

    public static final String NAME = "plan-versies-opvolgend";

    private PlanVersiesOpvolgend() {
    }

    /** The version the revision gets. */
    public static int volgendeVersie(IntakeDossier dossier, Integer verwachteVersie) {
        if (!dossier.heeftPlan()) {
            throw new ConflictException("Er is nog geen plan van aanpak; leg eerst het werkgesprek vast (" + NAME + ").");
        }
        if (verwachteVersie != null && verwachteVersie != dossier.planVersie()) {
            throw new PreconditionFailedException("U wijzigt versie " + verwachteVersie + ", maar de huidige versie is "
                    + dossier.planVersie() + " (" + NAME + ").");
        }
        return dossier.planVersie() + 1;
    }
}
