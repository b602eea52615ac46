package nl.statushouders.trajecten.domain;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.Decider;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.trajecten.domain.TrajectCommand.BeeindigTraject;
import nl.statushouders.trajecten.domain.TrajectCommand.PlanTraject;
import nl.statushouders.trajecten.domain.TrajectCommand.RapporteerVoortgang;
import nl.statushouders.trajecten.domain.TrajectCommand.StartTraject;
import nl.statushouders.trajecten.domain.event.TrajectEnded;
import nl.statushouders.trajecten.domain.event.TrajectEvent;
import nl.statushouders.trajecten.domain.event.TrajectPlanned;
import nl.statushouders.trajecten.domain.event.TrajectProgressReported;
import nl.statushouders.trajecten.domain.event.TrajectStarted;
import nl.statushouders.trajecten.domain.policy.AanwezigheidAlsPercentage;
import nl.statushouders.trajecten.domain.policy.EenmaalBeeindigen;
import nl.statushouders.trajecten.domain.policy.EenmaalStarten;
import nl.statushouders.trajecten.domain.policy.EinddatumNaStartdatum;
import nl.statushouders.trajecten.domain.policy.JongerenEerstOnderwijs;
import nl.statushouders.trajecten.domain.policy.MaximaleUrenPerWeek;
import nl.statushouders.trajecten.domain.policy.StudieMetBehoudVanUitkering;
import nl.statushouders.trajecten.domain.policy.TaalstageMetTaalleerdoel;
import nl.statushouders.trajecten.domain.policy.VoortgangBijActiefTraject;
import nl.statushouders.trajecten.domain.policy.VoortgangNietInToekomst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One trajectory as pure functions. The policies are listed in TrajectPolicies. */
public final class TrajectDecider implements Decider<TrajectCommand, Traject, TrajectEvent> {

    @Override
    public Traject initialState() {
        return Traject.NIEUW;
    }

    @Override
    public List<TrajectEvent> decide(TrajectCommand command, Traject traject) {
        if (command instanceof PlanTraject c) {
            return plan(c, traject);
        }
        if (traject.status() == Status.NIEUW) {
            throw new IllegalStateException("command for an unplanned trajectory");
        }
        if (command instanceof StartTraject c) {
            return start(c, traject);
        }
        if (command instanceof RapporteerVoortgang c) {
            return rapporteer(c, traject);
        }
        if (command instanceof BeeindigTraject c) {
            EenmaalBeeindigen.check(traject);
            return List.of(new TrajectEnded(traject.trajectId(), traject.statushouderId(), traject.gemeente(), c.datum(),
                    c.reden(), c.toelichting()));
        }
        throw new IllegalArgumentException("Unknown command " + command.getClass().getSimpleName());
    }

    @Override
    public Traject evolve(Traject t, TrajectEvent event) {
        if (event instanceof TrajectPlanned e) {
            return new Traject(e.trajectId(), e.statushouderId(), e.gemeente(), e.soort(), e.aanbieder(), e.matchId(),
                    e.startdatum(), e.geplandeEinddatum(), e.urenPerWeek(), List.copyOf(e.leerdoelen()), e.motivering(),
                    Status.GEPLAND);
        }
        if (event instanceof TrajectStarted e) {
            return t.met(Status.ACTIEF, e.startdatum());
        }
        if (event instanceof TrajectProgressReported) {
            return t;
        }
        if (event instanceof TrajectEnded) {
            return t.met(Status.BEEINDIGD, t.startdatum());
        }
        throw new IllegalArgumentException("Unknown event " + event.getClass().getSimpleName());
    }

    private List<TrajectEvent> plan(PlanTraject c, Traject traject) {
        if (traject.status() != Status.NIEUW) {
            // A redelivered match-accepted finds its trajectory already planned: nothing new happens.
            if (c.uitMatch() && c.matchId() != null && Objects.equals(c.matchId(), traject.matchId())) {
                return List.of();
            }
            throw new ConflictException("Dit traject bestaat al.");
        }
        List<Violation> violations = new ArrayList<>(EinddatumNaStartdatum.check(c.startdatum(), c.geplandeEinddatum()));
        if (!c.uitMatch()) {
            violations.addAll(keuzeRegels(c.soort(), c.deelnemer(), c.startdatum(), c.geplandeEinddatum(),
                    c.leerdoelen(), c.motivering(), c.urenPerWeek(), c.uren()));
        }
        PolicyViolationException.throwIfAny(violations);
        return List.of(new TrajectPlanned(c.trajectId(), c.statushouderId(), c.gemeente(), c.soort(), c.aanbieder(),
                c.aanbiederOrganisatie(), c.plaatsId(), c.matchId(), c.startdatum(), c.geplandeEinddatum(),
                c.urenPerWeek(), List.copyOf(c.leerdoelen()), c.motivering()));
    }

    /** Every rule again at the start: a plan from a match skipped them, and circumstances change. */
    private List<TrajectEvent> start(StartTraject c, Traject t) {
        EenmaalStarten.check(t);
        LocalDate startdatum = c.startdatum() != null ? c.startdatum() : t.startdatum();
        String motivering = c.motivering() != null && !c.motivering().isBlank() ? c.motivering() : t.motivering();
        List<Violation> violations = new ArrayList<>(EinddatumNaStartdatum.check(startdatum, t.geplandeEinddatum()));
        violations.addAll(keuzeRegels(t.soort(), c.deelnemer(), startdatum, t.geplandeEinddatum(), t.leerdoelen(),
                motivering, t.urenPerWeek(), c.uren()));
        PolicyViolationException.throwIfAny(violations);
        String nieuweMotivering = c.motivering() != null && !c.motivering().isBlank() ? c.motivering() : null;
        return List.of(TrajectStarted.of(t.soort(), t.trajectId(), t.statushouderId(), t.gemeente(), startdatum,
                t.aanbieder(), t.urenPerWeek(), t.geplandeEinddatum(), nieuweMotivering));
    }

    private List<TrajectEvent> rapporteer(RapporteerVoortgang c, Traject t) {
        VoortgangBijActiefTraject.check(t);
        List<Violation> violations = new ArrayList<>(VoortgangNietInToekomst.check(c.datum(), c.vandaag()));
        violations.addAll(AanwezigheidAlsPercentage.check(c.aanwezigheidPercentage()));
        PolicyViolationException.throwIfAny(violations);
        return List.of(new TrajectProgressReported(t.trajectId(), t.statushouderId(), t.gemeente(), c.datum(),
                c.aanwezigheidPercentage(), c.taalniveau(), c.toelichting(), c.examen(), c.gemeldDoor()));
    }

    /** The rules about the choice of trajectory, which a werkmatcher answers for. */
    private static List<Violation> keuzeRegels(Soort soort, Deelnemer deelnemer, LocalDate startdatum,
                                               LocalDate geplandeEinddatum, List<Leerdoel> leerdoelen, String motivering,
                                               int urenPerWeek, Uren uren) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(JongerenEerstOnderwijs.check(soort, deelnemer, startdatum, motivering));
        violations.addAll(StudieMetBehoudVanUitkering.check(soort, deelnemer, startdatum, geplandeEinddatum));
        violations.addAll(TaalstageMetTaalleerdoel.check(soort, leerdoelen));
        violations.addAll(MaximaleUrenPerWeek.check(urenPerWeek, uren));
        return violations;
    }
}
