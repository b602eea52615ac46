package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.Leerdoel;
import nl.statushouders.werkgevers.domain.LeerdoelSoort;
import nl.statushouders.werkgevers.domain.PlaatsSoort;

import java.util.List;

/**
 * A taalstage has at least one language learning goal. Checked when the place is offered, so
 * the trajectory trajecten plans from an accepted match satisfies the same rule there.
 */
public final class TaalLeerdoelBijTaalstage {

    public static final String NAME = "taalleerdoel-bij-taalstage";

    private TaalLeerdoelBijTaalstage() {
    }

    public static List<Violation> check(PlaatsSoort soort, List<Leerdoel> leerdoelen) {
        if (soort != PlaatsSoort.TAALSTAGE || leerdoelen.stream().anyMatch(l -> l.soort() == LeerdoelSoort.TAAL)) {
            return List.of();
        }
        return List.of(new Violation(NAME, "leerdoelen", "een taalstage heeft ten minste een leerdoel van soort TAAL"));
    }
}
