package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.trajecten.domain.Leerdoel;
import nl.statushouders.trajecten.domain.LeerdoelSoort;
import nl.statushouders.trajecten.domain.Soort;

import java.util.List;

/** A taalstage exists to learn the language in practice: it has at least one language goal. */
public final class TaalstageMetTaalleerdoel {

    public static final String NAME = "taalstage-met-taalleerdoel";

    private TaalstageMetTaalleerdoel() {
    }

    public static List<Violation> check(Soort soort, List<Leerdoel> leerdoelen) {
        if (soort == Soort.TAALSTAGE && leerdoelen.stream().noneMatch(l -> l.soort() == LeerdoelSoort.TAAL)) {
            return List.of(new Violation(NAME, "leerdoelen", "een taalstage heeft minstens een leerdoel van soort TAAL"));
        }
        return List.of();
    }
}
