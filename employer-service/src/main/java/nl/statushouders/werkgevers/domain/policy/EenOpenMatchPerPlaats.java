package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.Werkgever;

import java.util.List;
import java.util.UUID;

/** A statushouder has at most one proposed or accepted match per place. */
public final class EenOpenMatchPerPlaats {

    public static final String NAME = "een-open-match-per-plaats";

    private EenOpenMatchPerPlaats() {
    }

    public static List<Violation> check(Werkgever werkgever, UUID statushouderId, UUID plaatsId) {
        boolean bestaat = werkgever.matches().values().stream().anyMatch(m -> m.plaatsId().equals(plaatsId)
                && m.statushouderId().equals(statushouderId) && m.status().lopend());
        return bestaat ? List.of(new Violation(NAME, "statushouderId",
                "er is al een lopende match van deze statushouder op deze plaats")) : List.of();
    }
}
