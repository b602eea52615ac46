package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.Taalniveau;

import java.util.ArrayList;
import java.util.List;

/**
 * A taalvoucher compensates an employer who hires a statushouder whose Dutch is not yet
 * sufficient: it needs a paid job with this employer (an accepted match on a BETAALDE_BAAN
 * place) and a latest known spoken level below B1. An unknown level does not qualify. The level is
 * only considered once the paid job is there, so the answer never reveals it to a stranger.
 */
public final class TaalvoucherVoorwaarden {

    public static final String NAME = "taalvoucher-voorwaarden";

    private TaalvoucherVoorwaarden() {
    }

    public static List<Violation> check(boolean betaaldeBaan, Taalniveau gesproken) {
        List<Violation> v = new ArrayList<>();
        if (!betaaldeBaan) {
            // Nothing more: an account manager without a relation to the person learns nothing about
            // them, not even whether their Dutch is known or at which level.
            v.add(new Violation(NAME, "statushouderId", "heeft geen betaalde baan bij deze werkgever"));
            return v;
        }
        if (gesproken == null) {
            v.add(new Violation(NAME, "statushouderId", "het gesproken taalniveau is nog onbekend"));
        } else if (!gesproken.onder(Taalniveau.B1)) {
            v.add(new Violation(NAME, "statushouderId", "spreekt Nederlands op B1 of hoger"));
        }
        return v;
    }
}
