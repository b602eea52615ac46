package nl.statushouders.assessment.domain.policy;

import java.util.List;

/**
 * Every business rule of the assessment, in one place. Each is a small class with its own tests;
 * {@link nl.statushouders.assessment.domain.AssessmentDecider} and the service apply them.
 */
public final class AssessmentPolicies {

    public static final List<String> ALL = List.of(
            BekendeStatushouder.NAME,               // invitation: a statushouder known in the caller's gemeente (422)
            EenOpenAssessmentPerStatushouder.NAME,  // invitation: one open assessment per statushouder (409; service + index)
            AfgerondIsDefinitief.NAME,              // after the result: no second result, session or no-show (409)
            SessieNietInVerleden.NAME,              // session: planned today or later
            NietVerschenenNaSessie.NAME,            // no-show: only after a planned session that took place
            ResultaatNietInToekomst.NAME,           // result: recorded once taken
            VolledigProfielBijNoa.NAME,             // result: NOA has opleidingsniveau and all four skills
            GeldigTaalniveau.NAME,                  // result: levels A0..C2
            PlausibeleWerkervaring.NAME);           // result: 0..60 years per occupation

    private AssessmentPolicies() {
    }
}
