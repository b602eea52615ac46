package nl.statushouders.assessment.domain;

import nl.statushouders.assessment.domain.AssessmentCommand.LegResultaatVast;
import nl.statushouders.assessment.domain.AssessmentCommand.MeldNietVerschenen;
import nl.statushouders.assessment.domain.AssessmentCommand.NodigUit;
import nl.statushouders.assessment.domain.AssessmentCommand.PlanSessie;
import nl.statushouders.assessment.domain.event.AlternatieveIntakeCompleted;
import nl.statushouders.assessment.domain.event.AssessmentCompleted;
import nl.statushouders.assessment.domain.event.AssessmentEvent;
import nl.statushouders.assessment.domain.event.AssessmentInvited;
import nl.statushouders.assessment.domain.event.AssessmentMissed;
import nl.statushouders.assessment.domain.event.AssessmentScheduled;
import nl.statushouders.assessment.domain.policy.AfgerondIsDefinitief;
import nl.statushouders.assessment.domain.policy.GeldigTaalniveau;
import nl.statushouders.assessment.domain.policy.NietVerschenenNaSessie;
import nl.statushouders.assessment.domain.policy.PlausibeleWerkervaring;
import nl.statushouders.assessment.domain.policy.ResultaatNietInToekomst;
import nl.statushouders.assessment.domain.policy.SessieNietInVerleden;
import nl.statushouders.assessment.domain.policy.VolledigProfielBijNoa;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.Decider;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;

/** One assessment of one statushouder, as pure functions. The policies are listed in AssessmentPolicies. */
public final class AssessmentDecider implements Decider<AssessmentCommand, Assessment, AssessmentEvent> {

    @Override
    public Assessment initialState() {
        return Assessment.NIEUW;
    }

    @Override
    public List<AssessmentEvent> decide(AssessmentCommand command, Assessment a) {
        if (command instanceof NodigUit c) {
            if (a.bestaat()) {
                throw new ConflictException("Dit assessment bestaat al.");
            }
            return List.of(new AssessmentInvited(c.assessmentId(), c.statushouderId(), c.gemeente(), c.soort(),
                    c.locatie(), c.startgesprekEventId()));
        }
        if (!a.bestaat()) {
            throw new IllegalStateException("command for an assessment that does not exist");
        }
        AfgerondIsDefinitief.check(a);
        if (command instanceof PlanSessie c) {
            PolicyViolationException.throwIfAny(SessieNietInVerleden.check(c.datum(), c.vandaag()));
            return List.of(new AssessmentScheduled(a.assessmentId(), a.statushouderId(), a.gemeente(), c.datum(),
                    c.locatie(), c.begeleiding(), c.toelichting()));
        }
        if (command instanceof MeldNietVerschenen c) {
            PolicyViolationException.throwIfAny(NietVerschenenNaSessie.check(a, c.datum(), c.vandaag()));
            return List.of(new AssessmentMissed(a.assessmentId(), a.statushouderId(), a.gemeente(), c.datum()));
        }
        if (command instanceof LegResultaatVast c) {
            return resultaat(c, a);
        }
        throw new IllegalArgumentException("Unknown command " + command.getClass().getSimpleName());
    }

    @Override
    public Assessment evolve(Assessment a, AssessmentEvent event) {
        if (event instanceof AssessmentInvited e) {
            return new Assessment(e.assessmentId(), e.statushouderId(), e.gemeente(), e.soort(), Status.UITGENODIGD, null);
        }
        if (event instanceof AssessmentScheduled e) {
            return a.met(Status.GEPLAND, e.datum());
        }
        if (event instanceof AssessmentMissed) {
            return a.met(Status.NIET_VERSCHENEN, null);
        }
        if (event instanceof AssessmentCompleted || event instanceof AlternatieveIntakeCompleted) {
            return a.met(Status.AFGEROND, a.sessieDatum());
        }
        throw new IllegalArgumentException("Unknown event " + event.getClass().getSimpleName());
    }

    private List<AssessmentEvent> resultaat(LegResultaatVast c, Assessment a) {
        Profiel p = c.profiel();
        List<Violation> violations = new ArrayList<>();
        violations.addAll(ResultaatNietInToekomst.check(c.datum(), c.vandaag()));
        violations.addAll(VolledigProfielBijNoa.check(a.soort(), p));
        violations.addAll(GeldigTaalniveau.check(p.taalniveau()));
        violations.addAll(PlausibeleWerkervaring.check(p.werkervaring()));
        PolicyViolationException.throwIfAny(violations);
        Taalniveau taal = p.taalniveau() == null ? Taalniveau.ONBEKEND : p.taalniveau();
        if (a.soort() == Soort.NOA) {
            return List.of(new AssessmentCompleted(a.assessmentId(), a.statushouderId(), a.gemeente(), c.datum(),
                    p.opleidingsniveau(), List.copyOf(p.werkervaring()), taal, List.copyOf(p.competenties()),
                    List.copyOf(p.kansen()), List.copyOf(p.belemmeringen()), p.advies()));
        }
        // Pictogram intake: what could not be established is ONBEKEND, so consumers need no null checks.
        Opleidingsniveau opleiding = p.opleidingsniveau() == null ? Opleidingsniveau.ONBEKEND : p.opleidingsniveau();
        return List.of(new AlternatieveIntakeCompleted(a.assessmentId(), a.statushouderId(), a.gemeente(), c.datum(),
                opleiding, List.copyOf(p.werkervaring()), taal, List.copyOf(p.competenties()), List.copyOf(p.kansen()),
                List.copyOf(p.belemmeringen()), p.advies()));
    }
}
