package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.IntakeDossier;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.List;

/**
 * Erasure cannot be undone: a werkmatcher asks for it and a teamleider, someone else, approves it. No
 * approval without a request; no approval by the one who asked.
 */
public final class VierOgenBijVerwijdering {

    public static final String NAME = "vier-ogen-bij-verwijdering";

    private VierOgenBijVerwijdering() {
    }

    public static List<Violation> check(IntakeDossier dossier, String goedkeurder) {
        if (dossier.verwijderverzoek() == null) {
            return List.of(new Violation(NAME, "verwijdering", "Er is geen aanvraag tot verwijdering om goed te keuren."));
        }
        if (dossier.verwijderverzoek().door().equals(goedkeurder)) {
            return List.of(new Violation(NAME, "goedkeuring", "Wie de verwijdering aanvroeg, kan haar niet zelf goedkeuren."));
        }
        return List.of();
    }
}
