package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.trajecten.domain.Status;
import nl.statushouders.trajecten.domain.Traject;

/** Only a planned trajectory starts, and only once: a conflict with its state (409). */
public final class EenmaalStarten {

    public static final String NAME = "eenmaal-starten";

    private EenmaalStarten() {
    }

    public static void check(Traject traject) {
        if (traject.status() != Status.GEPLAND) {
            throw new ConflictException("Dit traject is " + traject.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; alleen een gepland traject kan starten (" + NAME + ").");
        }
    }
}
