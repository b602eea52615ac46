package nl.statushouders.testsupport;

import io.smallrye.jwt.build.Jwt;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens shaped like Keycloak's (roles in realm_access.roles, the gemeente and
 * organisatie claims), accepted by a service configured against OidcWiremockTestResource.
 */
public final class Tokens {

    public static final String UTRECHT = "0344";
    public static final String AMERSFOORT = "0307";

    private String subject = UUID.randomUUID().toString();
    private List<String> roles = List.of();
    private List<String> gemeenten = List.of(UTRECHT);
    private String organisatie;

    private Tokens() {
    }

    public static Tokens token() {
        return new Tokens();
    }

    /** A token with these roles for Utrecht. */
    public static String withRoles(String... roles) {
        return token().roles(roles).build();
    }

    public Tokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    public Tokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public Tokens gemeenten(String... gemeenten) {
        this.gemeenten = List.of(gemeenten);
        return this;
    }

    public Tokens organisatie(String organisatie) {
        this.organisatie = organisatie;
        return this;
    }

    public String build() {
        var claims = Jwt.claims()
                .subject(subject)
                .issuer("https://server.example.com")
                .audience("https://server.example.com")
                .claim("realm_access", Map.of("roles", roles));
        if (!gemeenten.isEmpty()) {
            claims.claim("gemeente", gemeenten);
        }
        if (organisatie != null) {
            claims.claim("organisatie", organisatie);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
