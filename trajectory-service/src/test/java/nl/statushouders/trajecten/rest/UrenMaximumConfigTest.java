package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/** trajecten.max-uren-per-week is a setting, not a constant: with 20 the second trajectory of 16 + 8 hours is refused. */
@QuarkusTest
@TestProfile(UrenMaximumConfigTest.Twintig.class)
class UrenMaximumConfigTest {

    public static class Twintig implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trajecten.max-uren-per-week", "20");
        }
    }

    @Test
    void the_configured_maximum_applies() {
        UUID statushouder = statushouder();
        as(werkmatcher()).body(plan(statushouder)).post(TRAJECTEN).then().statusCode(201);
        Map<String, Object> tweede = plan(statushouder);
        tweede.put("urenPerWeek", 8);
        as(werkmatcher()).body(tweede).post(TRAJECTEN).then().statusCode(422)
                .body("invalidParams.name", hasItem("urenPerWeek"))
                .body("invalidParams.reason.toString()", containsString("maximum van 20"));
        tweede.put("urenPerWeek", 4);
        as(werkmatcher()).body(tweede).post(TRAJECTEN).then().statusCode(201);
    }
}
