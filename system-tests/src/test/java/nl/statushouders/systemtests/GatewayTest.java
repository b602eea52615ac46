package nl.statushouders.systemtests;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The API gateway's promises: routing with the token passed on, CORS for the portal, size and rate limits. */
class GatewayTest {

    static final String GATEWAY = "http://localhost:8080";

    @BeforeAll
    static void onlyWithAGateway() {
        assumeTrue(Platform.base(8081).equals(GATEWAY), "the stack runs without a gateway (nginx not installed)");
    }

    @Test
    void routes_to_the_services_and_passes_the_token() {
        RestAssured.given().auth().oauth2(Platform.user("werkmatcher.utrecht"))
                .get(GATEWAY + "/api/monitoring/v1/statushouders/00000000-0000-0000-0000-000000000000/voortgang")
                .then().statusCode(404).header("API-Version", "1.0.0");
        RestAssured.given().get(GATEWAY + "/api/intake/v1/openapi.json").then().statusCode(200);
    }

    @Test
    void answers_the_staff_portal_preflight_and_no_other_origin() {
        RestAssured.given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type")
                .options(GATEWAY + "/api/intake/v1/statushouders")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        String other = RestAssured.given().header("Origin", "https://elders.example").header("Access-Control-Request-Method", "POST")
                .options(GATEWAY + "/api/intake/v1/statushouders").then().extract().header("Access-Control-Allow-Origin");
        assertThat(other).isNull();
    }

    @Test
    void refuses_bodies_over_one_megabyte() {
        RestAssured.given().auth().oauth2(Platform.user("werkmatcher.utrecht")).contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(1_100_000) + "\"}")
                .post(GATEWAY + "/api/intake/v1/statushouders")
                .then().statusCode(413);
    }

    @Test
    void limits_the_request_rate_per_client() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            results.add(pool.submit(() -> RestAssured.given().get(GATEWAY + "/api/intake/v1/openapi.json").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).contains(200, 429).isSubsetOf(200, 429);
        Thread.sleep(3000); // let the limit recover for the other tests
    }
}
