package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.trajecten.domain.Status;
import nl.statushouders.trajecten.domain.Traject;

/** Progress is reported on a trajectory that has started and not ended: a conflict with its state otherwise. */
public final class VoortgangBijActiefTraject {

    public static final String NAME = "voortgang-bij-actief-traject";

    private VoortgangBijActiefTraject() {
    }

    public static void check(Traject traject) {
        if (traject.status() != Status.ACTIEF) {
            throw new ConflictException("Voortgang kan alleen worden gemeld voor een gestart, niet beeindigd traject ("
                    + NAME + ").");
        }
    }
}
