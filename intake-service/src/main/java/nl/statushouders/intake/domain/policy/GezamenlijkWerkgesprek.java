package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.Deelnemer;
import nl.statushouders.platform.eventsourcing.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Joint intake: a werkgesprek has a gemeente participant (werkmatcher) and a VluchtelingenWerk
 * participant, or a stated reason why VluchtelingenWerk is absent.
 */
public final class GezamenlijkWerkgesprek {

    public static final String NAME = "gezamenlijk-werkgesprek";

    private GezamenlijkWerkgesprek() {
    }

    public static List<Violation> check(List<Deelnemer> deelnemers, String redenAfwezigheidVluchtelingenwerk) {
        List<Violation> violations = new ArrayList<>();
        if (deelnemers.stream().noneMatch(d -> d.rol() == Deelnemer.Rol.WERKMATCHER)) {
            violations.add(new Violation(NAME, "deelnemers", "een werkmatcher van de gemeente neemt deel"));
        }
        boolean vwnAanwezig = deelnemers.stream().anyMatch(d -> d.rol() == Deelnemer.Rol.VLUCHTELINGENWERK);
        boolean redenGegeven = redenAfwezigheidVluchtelingenwerk != null && !redenAfwezigheidVluchtelingenwerk.isBlank();
        if (!vwnAanwezig && !redenGegeven) {
            violations.add(new Violation(NAME, "deelnemers",
                    "VluchtelingenWerk neemt deel, of 'redenAfwezigheidVluchtelingenwerk' zegt waarom niet"));
        }
        return violations;
    }
}
