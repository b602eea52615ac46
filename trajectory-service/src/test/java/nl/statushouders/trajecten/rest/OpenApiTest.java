package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OpenApiTest {

    @Test
    void openapi_document_is_public_json_with_contact_and_every_path() {
        given().get("/api/trajecten/v1/openapi.json")
                .then().statusCode(200)
                .body("openapi", notNullValue())
                .body("info.contact.email", equalTo("platform@statushouders.nl"))
                .body("servers[0].url", endsWith("/api/trajecten/v1"))
                .body("paths", hasKey("/trajecten"))
                .body("paths", hasKey("/trajecten/{id}"))
                .body("paths", hasKey("/trajecten/{id}/start"))
                .body("paths", hasKey("/trajecten/{id}/voortgang"))
                .body("paths", hasKey("/trajecten/{id}/beeindiging"))
                .body("paths.'/trajecten'.post.responses.'201'.headers", hasKey("API-Version"))
                .body("paths.'/trajecten/{id}'.get.responses", hasKey("400"));
    }

    @Test
    void health_is_public_and_reports_the_relay() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
