package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.werkgevers.domain.Match;
import nl.statushouders.werkgevers.domain.MatchStatus;

/** Only a proposed match can be accepted or rejected; deciding twice clashes with its state (409). */
public final class AlleenVoorgesteldeMatch {

    public static final String NAME = "alleen-voorgestelde-match";

    private AlleenVoorgesteldeMatch() {
    }

    public static void check(Match match) {
        if (match.status() != MatchStatus.VOORGESTELD) {
            throw new ConflictException("Over deze match is al besloten (" + match.status() + ").");
        }
    }
}
