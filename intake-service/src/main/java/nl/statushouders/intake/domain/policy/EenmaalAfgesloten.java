package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.IntakeDossier;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.List;

/** A file is closed once: closing it again would move the start of its retention period. */
public final class EenmaalAfgesloten {

    public static final String NAME = "eenmaal-afgesloten";

    private EenmaalAfgesloten() {
    }

    public static List<Violation> check(IntakeDossier dossier) {
        return dossier.afgeslotenOp() != null
                ? List.of(new Violation(NAME, "datum", "Dit dossier is al afgesloten op " + dossier.afgeslotenOp() + "."))
                : List.of();
    }
}
