package nl.statushouders.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OpenApiTest {

    @Test
    void openapi_document_is_public_json_with_contact_and_every_path() {
        given().get("/api/assessment/v1/openapi.json")
                .then().statusCode(200)
                .body("openapi", notNullValue())
                .body("info.title", equalTo("Assessment API"))
                .body("info.contact.email", equalTo("platform@statushouders.nl"))
                .body("servers[0].url", endsWith("/api/assessment/v1"))
                .body("paths", hasKey("/assessments"))
                .body("paths", hasKey("/assessments/{id}"))
                .body("paths", hasKey("/assessments/{id}/sessies"))
                .body("paths", hasKey("/assessments/{id}/resultaat"))
                .body("paths", hasKey("/assessments/{id}/niet-verschenen"))
                .body("paths.'/assessments'.post.description", containsString("409"))
                .body("paths.'/assessments'.post.responses.'201'.headers", hasKey("API-Version"))
                .body("paths.'/assessments/{id}'.get.responses", hasKey("400"));
    }

    @Test
    void health_is_public_and_reports_the_relay() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
