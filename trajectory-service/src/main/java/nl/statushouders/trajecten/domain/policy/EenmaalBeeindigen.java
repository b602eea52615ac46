package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.trajecten.domain.Status;
import nl.statushouders.trajecten.domain.Traject;

/** A trajectory ends once; a planned one may end before it started (e.g. uitval). */
public final class EenmaalBeeindigen {

    public static final String NAME = "eenmaal-beeindigen";

    private EenmaalBeeindigen() {
    }

    public static void check(Traject traject) {
        if (traject.status() == Status.BEEINDIGD) {
            throw new ConflictException("Dit traject is al beeindigd (" + NAME + ").");
        }
    }
}
