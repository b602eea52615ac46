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
            UniekeBsnPerGemeente.NAME,            // registration: one file per BSN per gemeente (service + unique index)
            MotiveringBijAssessmentBesluit.NAME,  // startgesprek: ALTERNATIEF or GEEN needs a motivering
            GesprekNietInToekomst.NAME,           // startgesprek, werkgesprek: recorded after they were held
            StartgesprekVoorWerkgesprek.NAME,     // werkgesprek: follows the startgesprek
            GezamenlijkWerkgesprek.NAME,          // werkgesprek: gemeente + VluchtelingenWerk, or a reason
            EenPlanPerStatushouder.NAME,          // plan: one per statushouder
            PlanVersiesOpvolgend.NAME,            // plan: revisions strictly sequential, If-Match honoured
            EenVerantwoordelijkePerAfspraak.NAME, // plan: each agreement exactly one responsible party
            GeenDubbelingen.NAME,                 // plan: an activity is not assigned twice
            EvaluatieNaWerkgesprek.NAME,          // plan and revisions: evaluation after the werkgesprek
            VierOgenBijVerwijdering.NAME,         // erasure: asked by a werkmatcher, approved by someone else
            EenmaalAfgesloten.NAME,               // closing: a file is closed once
            AfsluitingNietInToekomst.NAME,        // closing: after the guidance ended, not before
            BewaartermijnVerstreken.NAME);        // erasure without a request: closed, and the retention period passed

    private IntakePolicies() {
    }
}
