package nl.statushouders.intake.domain;

import nl.statushouders.intake.domain.IntakeCommand.HoudWerkgesprek;
import nl.statushouders.intake.domain.IntakeCommand.RegistreerStatushouder;
import nl.statushouders.intake.domain.event.IntakeEvent;
import nl.statushouders.intake.domain.event.PlanVanAanpakAgreed;
import nl.statushouders.intake.domain.event.StatushouderRegistered;
import nl.statushouders.intake.domain.event.WerkgesprekHeld;
import nl.statushouders.intake.domain.policy.EenPlanPerStatushouder;
import nl.statushouders.intake.domain.policy.EenVerantwoordelijkePerAfspraak;
import nl.statushouders.intake.domain.policy.EvaluatieNaWerkgesprek;
import nl.statushouders.intake.domain.policy.GeenDubbelingen;
import nl.statushouders.intake.domain.policy.GezamenlijkWerkgesprek;
import nl.statushouders.intake.domain.policy.PlausibeleGeboortedatum;
import nl.statushouders.intake.domain.policy.WerkgesprekNietInToekomst;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.Decider;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;

/** The intake file of one statushouder, as pure functions. */
public final class IntakeDecider implements Decider<IntakeCommand, IntakeDossier, IntakeEvent> {

    @Override
    public IntakeDossier initialState() {
        return IntakeDossier.NIEUW;
    }

    @Override
    public List<IntakeEvent> decide(IntakeCommand command, IntakeDossier dossier) {
        if (command instanceof RegistreerStatushouder c) {
            return registreer(c, dossier);
        }
        if (command instanceof HoudWerkgesprek c) {
            return houdWerkgesprek(c, dossier);
        }
        throw new IllegalArgumentException("Unknown command " + command.getClass().getSimpleName());
    }

    @Override
    public IntakeDossier evolve(IntakeDossier d, IntakeEvent event) {
        if (event instanceof StatushouderRegistered e) {
            return new IntakeDossier(e.statushouderId(), e.gemeente(), e.geboortedatum(), null, 0);
        }
        if (event instanceof WerkgesprekHeld e) {
            return new IntakeDossier(d.statushouderId(), d.gemeente(), d.geboortedatum(), e.datum(), d.planVersie());
        }
        if (event instanceof PlanVanAanpakAgreed e) {
            return new IntakeDossier(d.statushouderId(), d.gemeente(), d.geboortedatum(), d.werkgesprekDatum(), e.versie());
        }
        throw new IllegalArgumentException("Unknown event " + event.getClass().getSimpleName());
    }

    private List<IntakeEvent> registreer(RegistreerStatushouder c, IntakeDossier dossier) {
        if (dossier.geregistreerd()) {
            throw new ConflictException("Deze statushouder is al aangemeld.");
        }
        PolicyViolationException.throwIfAny(PlausibeleGeboortedatum.check(c.geboortedatum(), c.vandaag()));
        return List.of(new StatushouderRegistered(c.statushouderId(), c.gemeente(), c.voornaam(), c.achternaam(),
                c.geboortedatum(), List.copyOf(c.talen()), c.huisvesting(), c.datumVerblijfsvergunning()));
    }

    private List<IntakeEvent> houdWerkgesprek(HoudWerkgesprek c, IntakeDossier dossier) {
        if (!dossier.geregistreerd()) {
            throw new IllegalStateException("werkgesprek for an unregistered statushouder");
        }
        EenPlanPerStatushouder.check(dossier);
        PlanVanAanpak plan = c.planVanAanpak();
        List<Violation> violations = new ArrayList<>();
        violations.addAll(GezamenlijkWerkgesprek.check(c.deelnemers(), c.redenAfwezigheidVluchtelingenwerk()));
        violations.addAll(WerkgesprekNietInToekomst.check(c.datum(), c.vandaag()));
        violations.addAll(EenVerantwoordelijkePerAfspraak.check(plan.afspraken()));
        violations.addAll(GeenDubbelingen.check(plan.afspraken()));
        violations.addAll(EvaluatieNaWerkgesprek.check(c.datum(), plan.evaluatiedatum()));
        PolicyViolationException.throwIfAny(violations);
        return List.of(
                new WerkgesprekHeld(dossier.statushouderId(), dossier.gemeente(), c.datum(), List.copyOf(c.deelnemers()),
                        c.redenAfwezigheidVluchtelingenwerk(), c.assessmentId()),
                new PlanVanAanpakAgreed(dossier.statushouderId(), dossier.gemeente(), 1, plan.leerroute(),
                        List.copyOf(plan.doelen()), List.copyOf(plan.afspraken()),
                        List.copyOf(plan.trajectvoorstellen()), plan.evaluatiedatum()));
    }
}
