package nl.statushouders.assessment.domain.policy;

import nl.statushouders.assessment.domain.Assessment;
import nl.statushouders.assessment.domain.Status;
import nl.statushouders.platform.eventsourcing.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * A no-show is recorded only for a planned session that has taken place: there is a planned
 * session, its date is not in the future, and the reported date lies between the session and today.
 */
public final class NietVerschenenNaSessie {

    public static final String NAME = "niet-verschenen-na-sessie";

    private NietVerschenenNaSessie() {
    }

    public static List<Violation> check(Assessment assessment, LocalDate datum, LocalDate vandaag) {
        if (assessment.status() != Status.GEPLAND || assessment.sessieDatum() == null) {
            return List.of(new Violation(NAME, "datum", "er is geen geplande sessie om niet voor te verschijnen"));
        }
        if (assessment.sessieDatum().isAfter(vandaag)) {
            return List.of(new Violation(NAME, "datum", "de geplande sessie (" + assessment.sessieDatum()
                    + ") heeft nog niet plaatsgevonden"));
        }
        if (datum.isBefore(assessment.sessieDatum()) || datum.isAfter(vandaag)) {
            return List.of(new Violation(NAME, "datum", "ligt tussen de geplande sessie (" + assessment.sessieDatum()
                    + ") en vandaag"));
        }
        return List.of();
    }
}
