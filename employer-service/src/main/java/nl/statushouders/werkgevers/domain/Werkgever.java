package nl.statushouders.werkgevers.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The decider's view of an employer: its places and the matches on them. Places and matches
 * live in the employer's stream, so "one place per acceptance" and "one open match per
 * statushouder per place" are guarded by the stream's optimistic concurrency.
 * {@code laatsteSleutel} is the Kafka record key of the last event: the statushouder for
 * person events, else the employer.
 */
public record Werkgever(UUID id, String gemeente, String naam, Accountbeheerder accountbeheerder,
                        String accountbeheerderOrganisatie, Map<UUID, Plaats> plaatsen, Map<UUID, Match> matches,
                        String laatsteSleutel) {

    public static final Werkgever NIEUW = new Werkgever(null, null, null, null, null, Map.of(), Map.of(), null);

    public boolean geregistreerd() {
        return id != null;
    }

    /** An accepted match on a paid job of this employer for this statushouder. */
    public boolean heeftBetaaldeBaan(UUID statushouderId) {
        return matches.values().stream().anyMatch(m -> m.statushouderId().equals(statushouderId)
                && m.status() == MatchStatus.GEACCEPTEERD
                && plaatsen.get(m.plaatsId()).soort() == PlaatsSoort.BETAALDE_BAAN);
    }

    Werkgever metPlaats(Plaats plaats, String sleutel) {
        Map<UUID, Plaats> p = new LinkedHashMap<>(plaatsen);
        p.put(plaats.id(), plaats);
        return new Werkgever(id, gemeente, naam, accountbeheerder, accountbeheerderOrganisatie, Map.copyOf(p), matches, sleutel);
    }

    Werkgever metMatch(Match match, String sleutel) {
        Map<UUID, Match> m = new LinkedHashMap<>(matches);
        m.put(match.id(), match);
        return new Werkgever(id, gemeente, naam, accountbeheerder, accountbeheerderOrganisatie, plaatsen, Map.copyOf(m), sleutel);
    }
}
