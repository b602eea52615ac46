package nl.statushouders.werkgevers.domain;

import java.util.UUID;

/** A proposal to place a statushouder on a place, and what the employer decided. */
public record Match(UUID id, UUID statushouderId, UUID plaatsId, MatchStatus status, String motivering) {

    Match met(MatchStatus nieuw) {
        return new Match(id, statushouderId, plaatsId, nieuw, motivering);
    }
}
