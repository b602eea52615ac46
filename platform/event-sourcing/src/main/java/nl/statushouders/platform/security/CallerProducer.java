package nl.statushouders.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the caller from the access token; a token without a gemeente claim gets 403. */
public class CallerProducer {

    public static final String GEMEENTE_CLAIM = "gemeente";
    public static final String ORGANISATIE_CLAIM = "organisatie";

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity, JsonWebToken token) {
        Set<String> gemeenten = claimValues(token.getClaim(GEMEENTE_CLAIM));
        if (gemeenten.isEmpty()) {
            throw new ForbiddenException("Het token noemt geen gemeente.");
        }
        Object organisatie = token.getClaim(ORGANISATIE_CLAIM);
        return new Caller(token.getSubject(), gemeenten, organisatie == null ? null : stringOf(organisatie),
                Set.copyOf(identity.getRoles()));
    }

    private static Set<String> claimValues(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(stringOf(v)));
        } else if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> values.add(stringOf(v)));
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
