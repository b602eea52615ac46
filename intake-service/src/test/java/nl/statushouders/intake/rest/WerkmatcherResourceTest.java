package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.intake.StoreCounts;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static nl.statushouders.testsupport.Parallel.parallel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class WerkmatcherResourceTest {

    @Test
    void a_werkmatcher_or_teamleider_assigns_and_reassigns() {
        String id = registreer(bsn());
        as(werkmatcher()).body(Map.of("werkmatcher", "werkmatcher.a")).put(url(id))
                .then().statusCode(200).header("ETag", "\"2\"").body("werkmatcher", equalTo("werkmatcher.a"));
        as(Tokens.withRoles("teamleider")).header("If-Match", "\"2\"").body(Map.of("werkmatcher", "werkmatcher.b")).put(url(id))
                .then().statusCode(200).header("ETag", "\"3\"").body("werkmatcher", equalTo("werkmatcher.b"));
    }

    @Test
    void assigning_the_same_werkmatcher_again_changes_nothing() {
        String id = registreer(bsn());
        as(werkmatcher()).body(Map.of("werkmatcher", "werkmatcher.a")).put(url(id)).then().statusCode(200);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(Map.of("werkmatcher", "werkmatcher.a")).put(url(id)).then().statusCode(200).header("ETag", "\"2\"");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_stale_if_match_is_412_and_a_malformed_one_400() {
        String id = registreer(bsn());
        as(werkmatcher()).body(Map.of("werkmatcher", "werkmatcher.a")).put(url(id)).then().statusCode(200);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).header("If-Match", "\"1\"").body(Map.of("werkmatcher", "werkmatcher.b")).put(url(id))
                .then().statusCode(412).contentType("application/problem+json");
        as(werkmatcher()).header("If-Match", "\"abc\"").body(Map.of("werkmatcher", "werkmatcher.b")).put(url(id))
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_blank_werkmatcher_is_400() {
        String id = registreer(bsn());
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(Map.of("werkmatcher", " ")).put(url(id))
                .then().statusCode(400).body("invalidParams.name", hasItem("werkmatcher"));
        given().auth().oauth2(werkmatcher()).contentType(ContentType.JSON).body("{").put(url(id)).then().statusCode(400);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void security_401_403_404() {
        String id = registreer(bsn());
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(Map.of("werkmatcher", "x")).put(url(id)).then().statusCode(401);
        for (String role : new String[]{"vluchtelingenwerk", "coa", "beleidsmedewerker"}) {
            as(Tokens.withRoles(role)).body(Map.of("werkmatcher", "x")).put(url(id)).then().statusCode(403);
        }
        as(Tokens.token().roles("teamleider").gemeenten(Tokens.AMERSFOORT).build()).body(Map.of("werkmatcher", "x"))
                .put(url(id)).then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void parallel_reassignments_lose_no_update() throws Exception {
        String id = registreer(bsn());
        List<Integer> statuses = parallel(8, i -> as(werkmatcher()).body(Map.of("werkmatcher", "werkmatcher." + i)).put(url(id)));
        assertThat(statuses).isSubsetOf(200, 409).contains(200);
        long ok = statuses.stream().filter(s -> s == 200).count();
        // Every accepted change is an event; every refused one left nothing behind.
        assertThat(TestPostgres.get().count("intake",
                "select count(*) from event_store where stream_id = ? and event_type = 'WerkmatcherAssigned'", id)).isEqualTo(ok);
        long versie = TestPostgres.get().count("intake", "select versie from statushouder where id = ?", UUID.fromString(id));
        assertThat(versie).isEqualTo(1 + ok);
        given().auth().oauth2(werkmatcher()).get(STATUSHOUDERS + "/" + id).then().statusCode(200)
                .header("ETag", "\"" + versie + "\"");
    }

    private static String url(String id) {
        return STATUSHOUDERS + "/" + id + "/werkmatcher";
    }
}
