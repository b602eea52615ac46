package nl.statushouders.werkgevers.projectie;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.werkgevers.domain.event.MatchAccepted;
import nl.statushouders.werkgevers.domain.event.MatchProposed;
import nl.statushouders.werkgevers.domain.event.MatchRejected;
import nl.statushouders.werkgevers.domain.event.PlaatsClosed;
import nl.statushouders.werkgevers.domain.event.PlaatsOffered;
import nl.statushouders.werkgevers.domain.event.WerkgeverRegistered;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.mapping.Json;
import nl.statushouders.werkgevers.service.MatchRecord;
import nl.statushouders.werkgevers.service.PlaatsRecord;
import nl.statushouders.werkgevers.service.WerkgeverRecord;

import java.util.Set;
import java.util.UUID;

/**
 * The employer, place and match rows from the employer's stream, one event at a time; used by the
 * command (live) and by the rebuild. Times come from the event's recordedAt, never the clock, so a
 * rebuild writes what the commands wrote.
 */
@ApplicationScoped
public class WerkgeverProjectie {

    private final Json json;

    public WerkgeverProjectie(Json json) {
        this.json = json;
    }

    public void apply(WerkgeverRijen rijen, RecordedEvent<WerkgeversEvent> recorded) {
        WerkgeverRecord w = rijen.werkgever();
        WerkgeversEvent event = recorded.event();
        if (event instanceof WerkgeverRegistered e) {
            w.id = e.werkgeverId();
            w.gemeente = e.gemeente();
            w.naam = e.naam();
            w.kvkNummer = e.kvkNummer();
            w.sector = e.sector();
            w.soort = e.soort().name();
            w.accountbeheerder = e.accountbeheerder().name();
            w.accountbeheerderOrganisatie = e.accountbeheerderOrganisatie();
            w.geregistreerdOp = recorded.recordedAt();
        } else if (event instanceof PlaatsOffered e) {
            PlaatsRecord p = rijen.nieuwePlaats(e.plaatsId());
            p.id = e.plaatsId();
            p.werkgeverId = e.werkgeverId();
            p.gemeente = e.gemeente();
            p.soort = e.soort().name();
            p.functie = e.functie();
            p.beroep = e.beroep();
            p.urenPerWeek = e.urenPerWeek();
            p.minimaalTaalniveau = e.minimaalTaalniveau().name();
            p.aantal = e.aantal();
            p.bezet = 0;
            p.open = true;
            p.leerdoelen = json.write(e.leerdoelen());
            p.accountbeheerder = w.accountbeheerder;
            p.accountbeheerderOrganisatie = w.accountbeheerderOrganisatie;
            p.aangebodenOp = recorded.recordedAt();
        } else if (event instanceof PlaatsClosed e) {
            rijen.plaats(e.plaatsId()).open = false;
        } else if (event instanceof MatchProposed e) {
            MatchRecord m = rijen.nieuweMatch(e.matchId());
            m.id = e.matchId();
            m.werkgeverId = e.werkgeverId();
            m.plaatsId = e.plaatsId();
            m.statushouderId = e.statushouderId();
            m.gemeente = e.gemeente();
            m.status = "VOORGESTELD";
            m.motivering = e.motivering();
            m.motiveringVoorWerkgever = Boolean.TRUE.equals(e.motiveringVoorWerkgever());
            m.startdatum = null;
            m.reden = null;
            m.voorgesteldOp = recorded.recordedAt();
        } else if (event instanceof MatchAccepted e) {
            MatchRecord m = rijen.match(e.matchId());
            m.status = "GEACCEPTEERD";
            m.startdatum = e.startdatum();
            rijen.plaats(e.plaatsId()).bezet++;
        } else if (event instanceof MatchRejected e) {
            MatchRecord m = rijen.match(e.matchId());
            m.status = "AFGEWEZEN";
            m.reden = e.reden();
        } else {
            throw new IllegalArgumentException("Not an employer event: " + event.getClass().getSimpleName());
        }
        w.versie = recorded.version();
    }

    /** The existing places an event changes, for the live path to read before applying it. */
    public static Set<UUID> plaatsenVan(WerkgeversEvent event) {
        if (event instanceof PlaatsClosed e) {
            return Set.of(e.plaatsId());
        }
        if (event instanceof MatchAccepted e) {
            return Set.of(e.plaatsId());
        }
        return Set.of();
    }

    /** The existing matches an event changes. */
    public static Set<UUID> matchesVan(WerkgeversEvent event) {
        if (event instanceof MatchAccepted e) {
            return Set.of(e.matchId());
        }
        if (event instanceof MatchRejected e) {
            return Set.of(e.matchId());
        }
        return Set.of();
    }
}
