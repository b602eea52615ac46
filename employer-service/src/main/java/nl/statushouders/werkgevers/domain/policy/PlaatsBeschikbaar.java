package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.Plaats;

import java.util.List;

/**
 * A match is proposed or accepted only on an open place with positions left; every acceptance
 * takes one position, so a full place takes no more.
 */
public final class PlaatsBeschikbaar {

    public static final String NAME = "plaats-beschikbaar";

    private PlaatsBeschikbaar() {
    }

    public static List<Violation> check(Plaats plaats, String veld) {
        if (!plaats.open()) {
            return List.of(new Violation(NAME, veld, "de plaats is gesloten"));
        }
        if (plaats.vol()) {
            return List.of(new Violation(NAME, veld, "alle plekken van deze plaats zijn bezet"));
        }
        return List.of();
    }
}
