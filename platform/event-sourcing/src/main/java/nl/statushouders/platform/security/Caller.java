package nl.statushouders.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The authenticated caller as the services see it: subject, the gemeenten (CBS codes, claim
 * {@code gemeente}) it may act for, the partner organisation (claim {@code organisatie}) and
 * its realm roles. A token without a gemeente gets 403 on any tenant-scoped action.
 */
@RequestScoped
public class Caller {

    public static final String GEMEENTE_CLAIM = "gemeente";
    public static final String ORGANISATIE_CLAIM = "organisatie";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's gemeenten; never empty. */
    public Set<String> gemeenten() {
        Set<String> gemeenten = claimValues(token.getClaim(GEMEENTE_CLAIM));
        if (gemeenten.isEmpty()) {
            throw new ForbiddenException("Het token noemt geen gemeente.");
        }
        return gemeenten;
    }

    /** The partner organisation; required for roles that act only for their own organisation. */
    public String organisatie() {
        Object claim = token.getClaim(ORGANISATIE_CLAIM);
        if (claim == null || stringOf(claim).isBlank()) {
            throw new ForbiddenException("Het token noemt geen organisatie.");
        }
        return stringOf(claim);
    }

    /** The gemeenten of the token, possibly none (for the processing log, which must not fail on it). */
    public Set<String> gemeentenOfNone() {
        return claimValues(token.getClaim(GEMEENTE_CLAIM));
    }

    /** The organisation of the token, or null. */
    public String organisatieOfNull() {
        Object claim = token.getClaim(ORGANISATIE_CLAIM);
        return claim == null || stringOf(claim).isBlank() ? null : stringOf(claim);
    }

    /** The user name Keycloak shows ({@code preferred_username}), or null for a client without one. */
    public String gebruikersnaam() {
        Object claim = token.getClaim("preferred_username");
        return claim == null ? null : stringOf(claim);
    }

    public Set<String> rollen() {
        return identity.getRoles();
    }

    public boolean mayAccess(String gemeente) {
        return gemeenten().contains(gemeente);
    }

    /**
     * The gemeente a new record belongs to: the requested one if the caller holds it, else the
     * caller's only gemeente. A caller with several gemeenten must say which.
     */
    public String tenantFor(String requested) {
        Set<String> gemeenten = gemeenten();
        if (requested != null && !requested.isBlank()) {
            if (!gemeenten.contains(requested)) {
                throw new ForbiddenException("U werkt niet voor gemeente " + requested + ".");
            }
            return requested;
        }
        if (gemeenten.size() == 1) {
            return gemeenten.iterator().next();
        }
        throw new ForbiddenException("U werkt voor meerdere gemeenten; geef 'gemeente' op.");
    }

    private static Set<String> claimValues(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(stringOf(v)));
        } else if (claim != null) {
            values.add(stringOf(claim));
        }
        values.removeIf(String::isBlank);
        return values;
    }

    private static String stringOf(Object value) {
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return String.valueOf(value);
    }
}
