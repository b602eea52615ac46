package nl.statushouders.intake.domain.policy;

import java.util.List;

/**
 * Every business rule of the intake file, in one place. Each is a small class with its own
 * given-when-then tests; {@link nl.statushouders.intake.domain.IntakeDecider} applies them.
 */
public final class IntakePolicies {

    public static final List<String> ALL = List.of(
            BsnElfproef.NAME,                     // registration: BSN passes the elfproef
            PlausibeleGeboortedatum.NAME,         // registration: not in the future, working age
            GezamenlijkWerkgesprek.NAME,          // werkgesprek: gemeente + VluchtelingenWerk, or a reason
            WerkgesprekNietInToekomst.NAME,       // werkgesprek: recorded after it was held
            EenPlanPerStatushouder.NAME,          // plan: one per statushouder
            EenVerantwoordelijkePerAfspraak.NAME, // plan: each agreement exactly one responsible party
            GeenDubbelingen.NAME,                 // plan: an activity is not assigned twice
            EvaluatieNaWerkgesprek.NAME);         // plan: evaluation after the werkgesprek

    private IntakePolicies() {
    }
}
