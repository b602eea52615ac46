package nl.statushouders.werkgevers.domain;

import nl.statushouders.platform.security.Roles;

/** Who keeps the contact with an employer; each maps to one realm role. */
public enum Accountbeheerder {
    WERKGEVERSSERVICEPUNT(Roles.WERKGEVERSSERVICEPUNT),
    SOCIAL_IMPACT_FACTORY(Roles.SOCIAL_IMPACT_FACTORY);

    private final String rol;

    Accountbeheerder(String rol) {
        this.rol = rol;
    }

    public String rol() {
        return rol;
    }
}
