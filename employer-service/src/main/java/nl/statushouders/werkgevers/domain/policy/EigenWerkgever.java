package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.Accountbeheerder;

import java.util.Collection;
import java.util.List;

/**
 * An employer account manager acts only on its own employers: its role is the employer's
 * accountbeheerder and its organisatie claim the one stored at registration. Anyone else gets
 * a 404, as if the employer did not exist.
 */
public final class EigenWerkgever {

    public static final String NAME = "eigen-werkgever";

    private EigenWerkgever() {
    }

    public static boolean magBeheren(Collection<String> rollen, String organisatie, Accountbeheerder beheerder,
                                     String beheerderOrganisatie) {
        return beheerder != null && rollen.contains(beheerder.rol()) && organisatie != null
                && organisatie.equals(beheerderOrganisatie);
    }

    /** Registering: a WSP account manager registers WSP employers, a SIF one SIF employers. */
    public static List<Violation> checkRegistratie(Accountbeheerder beheerder, Collection<String> rollen) {
        return rollen.contains(beheerder.rol()) ? List.of()
                : List.of(new Violation(NAME, "accountbeheerder", "u kunt alleen werkgevers van uw eigen organisatie registreren"));
    }
}
