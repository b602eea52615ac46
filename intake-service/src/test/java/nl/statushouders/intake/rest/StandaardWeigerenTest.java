package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import nl.statushouders.testsupport.Tokens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Default-deny (quarkus.security.jaxrs.deny-unannotated-endpoints, set by the kernel): an endpoint
 * someone forgets to give roles is refused to everyone, whatever token they hold.
 */
@QuarkusTest
class StandaardWeigerenTest {

    /** An endpoint without any security annotation; exists in tests only. */
    @Path("/api/intake/v1/_zonder-rollen")
    public static class ZonderRollen {
        @GET
        @Operation(hidden = true)
        public String geheim() {
            return "zichtbaar";
        }
    }

    @Test
    void an_endpoint_without_roles_is_refused_to_every_caller() {
        given().get("/api/intake/v1/_zonder-rollen").then().statusCode(401);
        for (String rol : new String[]{"werkmatcher", "teamleider", "platform-beheer", "privacy-officer"}) {
            given().auth().oauth2(Tokens.withRoles(rol)).get("/api/intake/v1/_zonder-rollen").then().statusCode(403);
        }
    }
}
