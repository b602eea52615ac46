package nl.statushouders.trajecten.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The decider's view of a trajectory: only what decisions need. */
public record Traject(UUID trajectId, UUID statushouderId, String gemeente, Soort soort, String aanbieder,
                      UUID matchId, LocalDate startdatum, LocalDate geplandeEinddatum, int urenPerWeek,
                      List<Leerdoel> leerdoelen, String motivering, Status status) {

    public static final Traject NIEUW = new Traject(null, null, null, null, null, null, null, null, 0, List.of(), null,
            Status.NIEUW);

    Traject met(Status nieuw, LocalDate start) {
        return new Traject(trajectId, statushouderId, gemeente, soort, aanbieder, matchId, start, geplandeEinddatum,
                urenPerWeek, leerdoelen, motivering, nieuw);
    }
}
