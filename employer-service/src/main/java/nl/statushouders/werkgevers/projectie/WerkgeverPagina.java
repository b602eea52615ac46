package nl.statushouders.werkgevers.projectie;

import nl.statushouders.werkgevers.service.MatchRecord;
import nl.statushouders.werkgevers.service.PlaatsRecord;
import nl.statushouders.werkgevers.service.WerkgeverRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of one rebuild page of employers. Rows that exist (locked) are reused when the history
 * creates them again, so they are updated in place; what the history does not create is left over
 * and deleted; what it creates and is missing is inserted.
 */
final class WerkgeverPagina {

    private final Map<UUID, PlaatsRecord> oudePlaatsen;
    private final Map<UUID, MatchRecord> oudeMatches;
    private final List<Object> nieuw = new ArrayList<>();
    private final List<MatchRecord> hergebruikt = new ArrayList<>();

    WerkgeverPagina(List<PlaatsRecord> plaatsen, List<MatchRecord> matches) {
        this.oudePlaatsen = plaatsen.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        this.oudeMatches = matches.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    /** The rows of one employer; {@code werkgever} null when its row is missing. */
    WerkgeverRijen rijen(WerkgeverRecord werkgever) {
        WerkgeverRecord w = werkgever;
        if (w == null) {
            w = new WerkgeverRecord();
            nieuw.add(w);
        }
        return new Rijen(w);
    }

    /** Inserts in dependency order: employers, then places, then matches (Hibernate inserts in persist order). */
    Object[] nieuw() {
        List<Object> geordend = new ArrayList<>();
        nieuw.stream().filter(WerkgeverRecord.class::isInstance).forEach(geordend::add);
        nieuw.stream().filter(PlaatsRecord.class::isInstance).forEach(geordend::add);
        nieuw.stream().filter(MatchRecord.class::isInstance).forEach(geordend::add);
        return geordend.toArray();
    }

    /** The statushouders the page's matches are about. */
    Set<UUID> statushouders() {
        Set<UUID> ids = new HashSet<>();
        nieuw.stream().filter(MatchRecord.class::isInstance).forEach(m -> ids.add(((MatchRecord) m).statushouderId));
        hergebruikt.forEach(m -> ids.add(m.statushouderId));
        ids.remove(null);
        return ids;
    }

    /** Matches of erased statushouders are not inserted, and deleted where found: a rebuild never brings them back. */
    void zonder(Set<UUID> verwijderd) {
        nieuw.removeIf(r -> r instanceof MatchRecord m && verwijderd.contains(m.statushouderId));
        hergebruikt.stream().filter(m -> verwijderd.contains(m.statushouderId)).forEach(m -> oudeMatches.put(m.id, m));
    }

    /** Rows of these employers the history does not explain; matches first, they refer to places. */
    Object[] overbodig() {
        List<Object> rows = new ArrayList<>(oudeMatches.values());
        rows.addAll(oudePlaatsen.values());
        return rows.toArray();
    }

    private final class Rijen implements WerkgeverRijen {

        private final WerkgeverRecord werkgever;
        private final Map<UUID, PlaatsRecord> plaatsen = new HashMap<>();
        private final Map<UUID, MatchRecord> matches = new HashMap<>();

        Rijen(WerkgeverRecord werkgever) {
            this.werkgever = werkgever;
        }

        @Override
        public WerkgeverRecord werkgever() {
            return werkgever;
        }

        @Override
        public PlaatsRecord nieuwePlaats(UUID id) {
            PlaatsRecord p = oudePlaatsen.remove(id);
            if (p == null) {
                p = new PlaatsRecord();
                nieuw.add(p);
            }
            plaatsen.put(id, p);
            return p;
        }

        @Override
        public PlaatsRecord plaats(UUID id) {
            return plaatsen.get(id);
        }

        @Override
        public MatchRecord nieuweMatch(UUID id) {
            MatchRecord m = oudeMatches.remove(id);
            if (m == null) {
                m = new MatchRecord();
                nieuw.add(m);
            } else {
                hergebruikt.add(m);
            }
            matches.put(id, m);
            return m;
        }

        @Override
        public MatchRecord match(UUID id) {
            return matches.get(id);
        }
    }
}
