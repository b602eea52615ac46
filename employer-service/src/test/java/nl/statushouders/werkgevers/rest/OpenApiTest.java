package nl.statushouders.werkgevers.rest;

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
        given().get("/api/werkgevers/v1/openapi.json")
                .then().statusCode(200)
                .body("openapi", notNullValue())
                .body("info.contact.email", equalTo("platform@statushouders.nl"))
                .body("servers[0].url", endsWith("/api/werkgevers/v1"))
                .body("paths", hasKey("/werkgevers"))
                .body("paths", hasKey("/werkgevers/{id}/plaatsen"))
                .body("paths", hasKey("/werkgevers/{id}/taalvouchers"))
                .body("paths", hasKey("/plaatsen"))
                .body("paths", hasKey("/plaatsen/{id}/kandidaten"))
                .body("paths", hasKey("/matches"))
                .body("paths", hasKey("/matches/{id}/acceptatie"))
                .body("paths", hasKey("/matches/{id}/afwijzing"))
                .body("paths", hasKey("/bijeenkomsten"))
                .body("paths", hasKey("/beroepen"))
                .body("paths.'/werkgevers'.post.responses.'201'.headers", hasKey("API-Version"))
                .body("paths.'/werkgevers/{id}'.get.responses", hasKey("400"));
    }

    @Test
    void health_is_public_and_reports_the_relay() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
