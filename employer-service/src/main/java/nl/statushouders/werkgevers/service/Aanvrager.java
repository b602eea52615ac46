package nl.statushouders.werkgevers.service;

import nl.statushouders.platform.security.Caller;
import nl.statushouders.platform.security.Roles;
import nl.statushouders.werkgevers.domain.Accountbeheerder;
import nl.statushouders.werkgevers.domain.policy.EigenWerkgever;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who asks, as far as access to employers goes: gemeenten, the relevant roles and (for account
 * managers) the organisatie claim. A werkmatcher reads everything of its gemeenten; an account
 * manager only its own employers (EigenWerkgever).
 */
public record Aanvrager(Set<String> gemeenten, Set<String> rollen, String organisatie) {

    private static final List<String> RELEVANT = List.of(Roles.WERKMATCHER, Roles.WERKGEVERSSERVICEPUNT,
            Roles.SOCIAL_IMPACT_FACTORY);

    /** Throws 403 (via Caller) when the token lacks a gemeente, or an account manager's token an organisatie. */
    public static Aanvrager van(Caller caller) {
        Set<String> rollen = new LinkedHashSet<>();
        RELEVANT.stream().filter(caller::hasRole).forEach(rollen::add);
        boolean accountbeheerder = rollen.contains(Roles.WERKGEVERSSERVICEPUNT) || rollen.contains(Roles.SOCIAL_IMPACT_FACTORY);
        return new Aanvrager(caller.gemeenten(), Set.copyOf(rollen), accountbeheerder ? caller.organisatie() : null);
    }

    public boolean werkmatcher() {
        return rollen.contains(Roles.WERKMATCHER);
    }

    public boolean magBeheren(String gemeente, String accountbeheerder, String beheerderOrganisatie) {
        return gemeenten.contains(gemeente)
                && EigenWerkgever.magBeheren(rollen, organisatie, Accountbeheerder.valueOf(accountbeheerder), beheerderOrganisatie);
    }

    public boolean magLezen(String gemeente, String accountbeheerder, String beheerderOrganisatie) {
        return (werkmatcher() && gemeenten.contains(gemeente)) || magBeheren(gemeente, accountbeheerder, beheerderOrganisatie);
    }

    public boolean magBeheren(WerkgeverRecord w) {
        return magBeheren(w.gemeente, w.accountbeheerder, w.accountbeheerderOrganisatie);
    }

    public boolean magLezen(WerkgeverRecord w) {
        return magLezen(w.gemeente, w.accountbeheerder, w.accountbeheerderOrganisatie);
    }

    public boolean magLezen(PlaatsRecord p) {
        return magLezen(p.gemeente, p.accountbeheerder, p.accountbeheerderOrganisatie);
    }

    public boolean magBeheren(PlaatsRecord p) {
        return magBeheren(p.gemeente, p.accountbeheerder, p.accountbeheerderOrganisatie);
    }

    /** The accountbeheerder values this caller manages (empty for a werkmatcher). */
    public Set<String> beheerders() {
        Set<String> b = new LinkedHashSet<>();
        for (Accountbeheerder a : Accountbeheerder.values()) {
            if (rollen.contains(a.rol())) {
                b.add(a.name());
            }
        }
        return b;
    }
}
