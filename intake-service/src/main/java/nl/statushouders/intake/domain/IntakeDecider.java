package nl.statushouders.intake.domain;

import nl.statushouders.intake.domain.IntakeCommand.HerzienPlan;
import nl.statushouders.intake.domain.IntakeCommand.HoudStartgesprek;
import nl.statushouders.intake.domain.IntakeCommand.HoudWerkgesprek;
import nl.statushouders.intake.domain.IntakeCommand.RegistreerStatushouder;
import nl.statushouders.intake.domain.IntakeCommand.WijsWerkmatcherToe;
import nl.statushouders.intake.domain.event.StatushouderVerwijderd;
import nl.statushouders.intake.domain.event.VerwijderingAangevraagd;
import nl.statushouders.intake.domain.policy.VierOgenBijVerwijdering;
import nl.statushouders.intake.domain.IntakeCommand.KeurVerwijderingGoed;
import nl.statushouders.intake.domain.IntakeCommand.SluitDossierAf;
import nl.statushouders.intake.domain.IntakeCommand.VerwijderNaBewaartermijn;
import nl.statushouders.intake.domain.event.DossierAfgesloten;
import nl.statushouders.intake.domain.policy.AfsluitingNietInToekomst;
import nl.statushouders.intake.domain.policy.BewaartermijnVerstreken;
import nl.statushouders.intake.domain.policy.EenmaalAfgesloten;
import nl.statushouders.intake.domain.IntakeCommand.VraagVerwijderingAan;
import nl.statushouders.intake.domain.event.IntakeEvent;
import nl.statushouders.intake.domain.event.PlanVanAanpakAgreed;
import nl.statushouders.intake.domain.event.PlanVanAanpakRevised;
import nl.statushouders.intake.domain.event.StartgesprekHeld;
import nl.statushouders.intake.domain.event.StatushouderRegistered;
import nl.statushouders.intake.domain.event.WerkgesprekHeld;
import nl.statushouders.intake.domain.event.WerkmatcherAssigned;
import nl.statushouders.intake.domain.policy.EenPlanPerStatushouder;
import nl.statushouders.intake.domain.policy.EenVerantwoordelijkePerAfspraak;
import nl.statushouders.intake.domain.policy.EvaluatieNaWerkgesprek;
import nl.statushouders.intake.domain.policy.GeenDubbelingen;
import nl.statushouders.intake.domain.policy.GesprekNietInToekomst;
import nl.statushouders.intake.domain.policy.GezamenlijkWerkgesprek;
import nl.statushouders.intake.domain.policy.MotiveringBijAssessmentBesluit;
import nl.statushouders.intake.domain.policy.PlanVersiesOpvolgend;
import nl.statushouders.intake.domain.policy.PlausibeleGeboortedatum;
import nl.statushouders.intake.domain.policy.StartgesprekVoorWerkgesprek;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.Decider;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;

/** The intake file of one statushouder, as pure functions. The policies are listed in IntakePolicies. */
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
        if (!dossier.geregistreerd()) {
            throw new IllegalStateException("command for an unregistered statushouder");
        }
        if (command instanceof WijsWerkmatcherToe c) {
            return c.werkmatcher().equals(dossier.werkmatcher()) ? List.of()
                    : List.of(new WerkmatcherAssigned(dossier.statushouderId(), dossier.gemeente(), c.werkmatcher(),
                    dossier.werkmatcher()));
        }
        if (command instanceof HoudStartgesprek c) {
            return houdStartgesprek(c, dossier);
        }
        if (command instanceof HoudWerkgesprek c) {
            return houdWerkgesprek(c, dossier);
        }
        if (command instanceof HerzienPlan c) {
            return herzienPlan(c, dossier);
        }
        if (command instanceof VraagVerwijderingAan c) {
            return List.of(new VerwijderingAangevraagd(dossier.statushouderId(), dossier.gemeente(), c.grond(), c.aangevraagdDoor()));
        }
        if (command instanceof KeurVerwijderingGoed c) {
            PolicyViolationException.throwIfAny(VierOgenBijVerwijdering.check(dossier, c.goedgekeurdDoor()));
            return List.of(new StatushouderVerwijderd(dossier.statushouderId(), dossier.gemeente(),
                    dossier.verwijderverzoek().grond(), dossier.verwijderverzoek().door(), c.goedgekeurdDoor()));
        }
        if (command instanceof SluitDossierAf c) {
            List<Violation> violations = new ArrayList<>(EenmaalAfgesloten.check(dossier));
            violations.addAll(AfsluitingNietInToekomst.check(c.datum(), c.vandaag()));
            PolicyViolationException.throwIfAny(violations);
            return List.of(new DossierAfgesloten(dossier.statushouderId(), dossier.gemeente(), c.datum(), c.reden()));
        }
        if (command instanceof VerwijderNaBewaartermijn c) {
            PolicyViolationException.throwIfAny(BewaartermijnVerstreken.check(dossier, c.termijn(), c.vandaag()));
            return List.of(new StatushouderVerwijderd(dossier.statushouderId(), dossier.gemeente(),
                    Verwijdergrond.BEWAARTERMIJN_VERSTREKEN, c.door(), c.door()));
        }
        throw new IllegalArgumentException("Unknown command " + command.getClass().getSimpleName());
    }

    @Override
    public IntakeDossier evolve(IntakeDossier d, IntakeEvent event) {
        if (event instanceof StatushouderRegistered e) {
            return new IntakeDossier(e.statushouderId(), e.gemeente(), e.geboortedatum(), null, null, null, 0, null, false, null);
        }
        if (event instanceof WerkmatcherAssigned e) {
            return d.metWerkmatcher(e.werkmatcher());
        }
        if (event instanceof StartgesprekHeld e) {
            return d.metStartgesprek(e.datum());
        }
        if (event instanceof WerkgesprekHeld e) {
            return d.metWerkgesprek(e.datum());
        }
        if (event instanceof PlanVanAanpakAgreed e) {
            return d.metPlanVersie(e.versie());
        }
        if (event instanceof PlanVanAanpakRevised e) {
            return d.metPlanVersie(e.versie());
        }
        if (event instanceof VerwijderingAangevraagd e) {
            return d.metVerwijderverzoek(new IntakeDossier.Verwijderverzoek(e.grond(), e.aangevraagdDoor()));
        }
        if (event instanceof DossierAfgesloten e) {
            return d.metAfsluiting(e.datum());
        }
        if (event instanceof StatushouderVerwijderd) {
            return d.alsVerwijderd(); // nothing is left: any later command finds no file
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

    private List<IntakeEvent> houdStartgesprek(HoudStartgesprek c, IntakeDossier dossier) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(GesprekNietInToekomst.check(c.datum(), c.vandaag()));
        violations.addAll(MotiveringBijAssessmentBesluit.check(c.assessmentBesluit(), c.motivering()));
        PolicyViolationException.throwIfAny(violations);
        return List.of(new StartgesprekHeld(dossier.statushouderId(), dossier.gemeente(), c.datum(), c.werkmatcher(),
                c.assessmentBesluit(), c.motivering()));
    }

    private List<IntakeEvent> houdWerkgesprek(HoudWerkgesprek c, IntakeDossier dossier) {
        EenPlanPerStatushouder.check(dossier);
        PlanVanAanpak plan = c.planVanAanpak();
        List<Violation> violations = new ArrayList<>();
        violations.addAll(StartgesprekVoorWerkgesprek.check(dossier.startgesprekDatum(), c.datum()));
        violations.addAll(GezamenlijkWerkgesprek.check(c.deelnemers(), c.redenAfwezigheidVluchtelingenwerk()));
        violations.addAll(GesprekNietInToekomst.check(c.datum(), c.vandaag()));
        violations.addAll(planRegels(plan, c.datum()));
        PolicyViolationException.throwIfAny(violations);
        return List.of(
                new WerkgesprekHeld(dossier.statushouderId(), dossier.gemeente(), c.datum(), List.copyOf(c.deelnemers()),
                        c.redenAfwezigheidVluchtelingenwerk(), c.assessmentId()),
                new PlanVanAanpakAgreed(dossier.statushouderId(), dossier.gemeente(), 1, plan.leerroute(),
                        List.copyOf(plan.doelen()), List.copyOf(plan.afspraken()),
                        List.copyOf(plan.trajectvoorstellen()), plan.evaluatiedatum()));
    }

    private List<IntakeEvent> herzienPlan(HerzienPlan c, IntakeDossier dossier) {
        int versie = PlanVersiesOpvolgend.volgendeVersie(dossier, c.verwachteVersie());
        PlanVanAanpak plan = c.planVanAanpak();
        PolicyViolationException.throwIfAny(planRegels(plan, dossier.werkgesprekDatum()));
        return List.of(new PlanVanAanpakRevised(dossier.statushouderId(), dossier.gemeente(), versie, c.reden(),
                plan.leerroute(), List.copyOf(plan.doelen()), List.copyOf(plan.afspraken()),
                List.copyOf(plan.trajectvoorstellen()), plan.evaluatiedatum()));
    }

    private static List<Violation> planRegels(PlanVanAanpak plan, java.time.LocalDate werkgesprek) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(EenVerantwoordelijkePerAfspraak.check(plan.afspraken()));
        violations.addAll(GeenDubbelingen.check(plan.afspraken()));
        violations.addAll(EvaluatieNaWerkgesprek.check(werkgesprek, plan.evaluatiedatum()));
        return violations;
    }
}
