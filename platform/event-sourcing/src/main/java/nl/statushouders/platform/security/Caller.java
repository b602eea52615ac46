package nl.statushouders.platform.security;

import io.quarkus.security.ForbiddenException;

import java.util.Set;

/**
 * The authenticated caller as the services see it: subject, the gemeenten (CBS codes) it may
 * act for, the partner organisation it belongs to (if any) and its realm roles.
 */
public record Caller(String subject, Set<String> gemeenten, String organisatie, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean mayAccess(String gemeente) {
        return gemeenten.contains(gemeente);
    }

    /**
     * The gemeente a new record belongs to: the requested one if the caller holds it, else the
     * caller's only gemeente. A caller with several gemeenten must say which.
     */
    public String tenantFor(String requested) {
        if (requested != null && !requested.isBlank()) {
            if (!mayAccess(requested)) {
                throw new ForbiddenException("U werkt niet voor gemeente " + requested + ".");
            }
            return requested;
        }
        if (gemeenten.size() == 1) {
            return gemeenten.iterator().next();
        }
        throw new ForbiddenException("U werkt voor meerdere gemeenten; geef 'gemeente' op.");
    }
}
