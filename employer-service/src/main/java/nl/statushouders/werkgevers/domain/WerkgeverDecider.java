package nl.statushouders.werkgevers.domain;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.Decider;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.WerkgeverCommand.AccepteerMatch;
import nl.statushouders.werkgevers.domain.WerkgeverCommand.BiedPlaatsAan;
import nl.statushouders.werkgevers.domain.WerkgeverCommand.RegistreerWerkgever;
import nl.statushouders.werkgevers.domain.WerkgeverCommand.SluitPlaats;
import nl.statushouders.werkgevers.domain.WerkgeverCommand.StelMatchVoor;
import nl.statushouders.werkgevers.domain.WerkgeverCommand.WijsMatchAf;
import nl.statushouders.werkgevers.domain.event.MatchAccepted;
import nl.statushouders.werkgevers.domain.event.MatchProposed;
import nl.statushouders.werkgevers.domain.event.MatchRejected;
import nl.statushouders.werkgevers.domain.event.PlaatsClosed;
import nl.statushouders.werkgevers.domain.event.PlaatsOffered;
import nl.statushouders.werkgevers.domain.event.WerkgeverRegistered;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.policy.AlleenVoorgesteldeMatch;
import nl.statushouders.werkgevers.domain.policy.EenOpenMatchPerPlaats;
import nl.statushouders.werkgevers.domain.policy.EigenWerkgever;
import nl.statushouders.werkgevers.domain.policy.PlaatsBeschikbaar;
import nl.statushouders.werkgevers.domain.policy.PlaatsOmvang;
import nl.statushouders.werkgevers.domain.policy.TaalLeerdoelBijTaalstage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An employer with its places and matches, as pure functions. The rules are listed in WerkgeverPolicies. */
public final class WerkgeverDecider implements Decider<WerkgeverCommand, Werkgever, WerkgeversEvent> {

    @Override
    public Werkgever initialState() {
        return Werkgever.NIEUW;
    }

    @Override
    public List<WerkgeversEvent> decide(WerkgeverCommand command, Werkgever w) {
        if (command instanceof RegistreerWerkgever c) {
            if (w.geregistreerd()) {
                throw new ConflictException("Deze werkgever is al geregistreerd.");
            }
            PolicyViolationException.throwIfAny(EigenWerkgever.checkRegistratie(c.accountbeheerder(), c.rollenVanAanvrager()));
            return List.of(new WerkgeverRegistered(c.werkgeverId(), c.gemeente(), c.naam(), c.kvkNummer(), c.sector(),
                    c.soort(), c.accountbeheerder(), c.accountbeheerderOrganisatie()));
        }
        if (!w.geregistreerd()) {
            throw new IllegalStateException("command for an unregistered employer");
        }
        if (command instanceof BiedPlaatsAan c) {
            List<Violation> v = new ArrayList<>(PlaatsOmvang.check(c.aantal(), c.urenPerWeek()));
            v.addAll(TaalLeerdoelBijTaalstage.check(c.soort(), c.leerdoelen()));
            PolicyViolationException.throwIfAny(v);
            return List.of(new PlaatsOffered(c.plaatsId(), w.id(), w.gemeente(), c.soort(), c.functie(), c.beroep(),
                    c.urenPerWeek(), c.minimaalTaalniveau(), c.aantal(), List.copyOf(c.leerdoelen())));
        }
        if (command instanceof SluitPlaats c) {
            Plaats plaats = plaats(w, c.plaatsId());
            return plaats.open() ? List.of(new PlaatsClosed(plaats.id(), w.id(), w.gemeente(), c.reden())) : List.of();
        }
        if (command instanceof StelMatchVoor c) {
            Plaats plaats = plaats(w, c.plaatsId());
            List<Violation> v = new ArrayList<>(PlaatsBeschikbaar.check(plaats, "plaatsId"));
            v.addAll(EenOpenMatchPerPlaats.check(w, c.statushouderId(), c.plaatsId()));
            PolicyViolationException.throwIfAny(v);
            return List.of(new MatchProposed(c.matchId(), c.statushouderId(), w.gemeente(), c.plaatsId(), w.id(),
                    c.motivering(), c.motiveringVoorWerkgever()));
        }
        if (command instanceof AccepteerMatch c) {
            Match match = match(w, c.matchId());
            AlleenVoorgesteldeMatch.check(match);
            Plaats plaats = plaats(w, match.plaatsId());
            PolicyViolationException.throwIfAny(PlaatsBeschikbaar.check(plaats, "plaatsId"));
            return List.of(new MatchAccepted(match.id(), match.statushouderId(), w.gemeente(), plaats.id(), w.id(),
                    w.naam(), plaats.soort(), plaats.functie(), plaats.urenPerWeek(), c.startdatum(), plaats.leerdoelen(),
                    match.motivering()));
        }
        if (command instanceof WijsMatchAf c) {
            Match match = match(w, c.matchId());
            AlleenVoorgesteldeMatch.check(match);
            return List.of(new MatchRejected(match.id(), match.statushouderId(), w.gemeente(), match.plaatsId(), w.id(),
                    c.reden()));
        }
        throw new IllegalArgumentException("Unknown command " + command.getClass().getSimpleName());
    }

    @Override
    public Werkgever evolve(Werkgever w, WerkgeversEvent event) {
        if (event instanceof WerkgeverRegistered e) {
            return new Werkgever(e.werkgeverId(), e.gemeente(), e.naam(), e.accountbeheerder(),
                    e.accountbeheerderOrganisatie(), Map.of(), Map.of(), e.werkgeverId().toString());
        }
        String sleutel = w.id().toString();
        if (event instanceof PlaatsOffered e) {
            return w.metPlaats(new Plaats(e.plaatsId(), e.soort(), e.functie(), e.beroep(), e.urenPerWeek(),
                    e.minimaalTaalniveau(), e.aantal(), 0, true, e.leerdoelen()), sleutel);
        }
        if (event instanceof PlaatsClosed e) {
            return w.metPlaats(w.plaatsen().get(e.plaatsId()).gesloten(), sleutel);
        }
        if (event instanceof MatchProposed e) {
            return w.metMatch(new Match(e.matchId(), e.statushouderId(), e.plaatsId(), MatchStatus.VOORGESTELD,
                    e.motivering()), e.statushouderId().toString());
        }
        if (event instanceof MatchAccepted e) {
            return w.metPlaats(w.plaatsen().get(e.plaatsId()).eenBezet(), sleutel)
                    .metMatch(w.matches().get(e.matchId()).met(MatchStatus.GEACCEPTEERD), e.statushouderId().toString());
        }
        if (event instanceof MatchRejected e) {
            return w.metMatch(w.matches().get(e.matchId()).met(MatchStatus.AFGEWEZEN), e.statushouderId().toString());
        }
        throw new IllegalArgumentException("Not an employer event: " + event.getClass().getSimpleName());
    }

    /** The service resolves ids through its read model first; an id missing here is a bug, not a 404. */
    private static Plaats plaats(Werkgever w, java.util.UUID id) {
        Plaats p = w.plaatsen().get(id);
        if (p == null) {
            throw new IllegalArgumentException("Unknown place " + id);
        }
        return p;
    }

    private static Match match(Werkgever w, java.util.UUID id) {
        Match m = w.matches().get(id);
        if (m == null) {
            throw new IllegalArgumentException("Unknown match " + id);
        }
        return m;
    }
}
