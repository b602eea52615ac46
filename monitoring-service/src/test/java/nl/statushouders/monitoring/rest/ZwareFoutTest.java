package nl.statushouders.monitoring.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** An Error in one request (what an out-of-memory looks like) answers with a problem detail, and the service goes on. */
@QuarkusTest
class ZwareFoutTest {

    /** A request that fails the way a request that loads too much fails. Test only. */
    @Path("/api/monitoring/v1/test-zware-fout")
    public static class ZwareFoutResource {

        @GET
        @PermitAll
        @Operation(hidden = true)
        public String faal() {
            throw new OutOfMemoryError("Java heap space bij Amina Yusuf");
        }
    }

    @Test
    void an_error_in_a_request_is_a_problem_detail_without_its_message() {
        given().get("/api/monitoring/v1/test-zware-fout").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("title", equalTo("Interne fout"))
                .body(not(containsString("Amina")))
                .body(not(containsString("heap")));
        given().get("/q/health/live").then().statusCode(200);
    }
}
