package nl.statushouders.intake.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.statushouders.intake.StoreCounts;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.afspraak;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.klaarVoorWerkgesprek;
import static nl.statushouders.intake.Fixtures.werkgesprek;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static nl.statushouders.testsupport.Parallel.parallel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PlanVanAanpakResourceTest {

    @Test
    void a_revision_is_the_next_version_with_its_reason_and_the_history_is_readable() {
        String id = metPlan();
        as(werkmatcher()).header("If-Match", "\"1\"").body(herziening("Taalniveau B1 gehaald")).put(url(id))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("versie", equalTo(2)).body("reden", equalTo("Taalniveau B1 gehaald"));
        given().auth().oauth2(Tokens.withRoles("vluchtelingenwerk")).get(url(id))
                .then().statusCode(200).header("ETag", "\"2\"").body("versie", equalTo(2));
        given().auth().oauth2(Tokens.withRoles("vluchtelingenwerk")).get(url(id) + "/versies")
                .then().statusCode(200)
                .body("versie", contains(1, 2))
                .body("[0].reden", nullValue())
                .body("[1].reden", equalTo("Taalniveau B1 gehaald"));
    }

    @Test
    void a_stale_if_match_is_412() {
        String id = metPlan();
        as(werkmatcher()).header("If-Match", "\"1\"").body(herziening("eerste")).put(url(id)).then().statusCode(200);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).header("If-Match", "\"1\"").body(herziening("tweede, op oude versie")).put(url(id))
                .then().statusCode(412).contentType("application/problem+json");
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void concurrent_revisions_of_one_version_one_wins() throws Exception {
        String id = metPlan();
        List<Integer> statuses = parallel(6, i -> as(werkmatcher()).header("If-Match", "\"1\"")
                .body(herziening("herziening " + i)).put(url(id)));
        // Losers that raced the append get 409; those that loaded after the winner committed, 412.
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).isSubsetOf(200, 409, 412);
        given().auth().oauth2(werkmatcher()).get(url(id) + "/versies").then().body("versie", contains(1, 2));
    }

    @Test
    void no_plan_yet_is_409_and_a_plan_get_is_404() {
        String id = klaarVoorWerkgesprek(bsn());
        as(werkmatcher()).body(herziening("x")).put(url(id)).then().statusCode(409);
        given().auth().oauth2(werkmatcher()).get(url(id)).then().statusCode(404);
    }

    @Test
    void the_plan_rules_hold_for_revisions_too() {
        String id = metPlan();
        Map<String, Object> body = herziening("dubbel");
        plan(body).put("afspraken", List.of(afspraak("CV maken", "GEMEENTE"), afspraak("cv maken", "STATUSHOUDER")));
        assertRejected(id, body, 422, "planVanAanpak.afspraken[1].activiteit");
        Map<String, Object> vroeg = herziening("te vroeg");
        plan(vroeg).put("evaluatiedatum", LocalDate.now().minusYears(1).toString());
        assertRejected(id, vroeg, 422, "planVanAanpak.evaluatiedatum");
    }

    @Test
    void a_revision_without_reason_is_400() {
        String id = metPlan();
        Map<String, Object> body = herziening(" ");
        assertRejected(id, body, 400, "reden");
        StoreCounts before = StoreCounts.now();
        given().auth().oauth2(werkmatcher()).contentType(ContentType.JSON).body("{\"reden\": 1,").put(url(id))
                .then().statusCode(400);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void security_401_403_404() {
        String id = metPlan();
        StoreCounts before = StoreCounts.now();
        given().contentType(ContentType.JSON).body(herziening("x")).put(url(id)).then().statusCode(401);
        given().get(url(id)).then().statusCode(401);
        for (String role : new String[]{"vluchtelingenwerk", "teamleider", "coa"}) {
            as(Tokens.withRoles(role)).body(herziening("x")).put(url(id)).then().statusCode(403);
        }
        for (String role : new String[]{"teamleider", "coa", "beleidsmedewerker"}) {
            given().auth().oauth2(Tokens.withRoles(role)).get(url(id)).then().statusCode(403);
            given().auth().oauth2(Tokens.withRoles(role)).get(url(id) + "/versies").then().statusCode(403);
        }
        String amersfoort = Tokens.token().roles("werkmatcher").gemeenten(Tokens.AMERSFOORT).build();
        as(amersfoort).body(herziening("x")).put(url(id)).then().statusCode(404);
        given().auth().oauth2(amersfoort).get(url(id)).then().statusCode(404);
        given().auth().oauth2(amersfoort).get(url(id) + "/versies").then().statusCode(404);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    private static String metPlan() {
        String id = klaarVoorWerkgesprek(bsn());
        as(werkmatcher()).body(werkgesprek()).post(STATUSHOUDERS + "/" + id + "/werkgesprekken").then().statusCode(201);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> herziening(String reden) {
        Map<String, Object> body = new HashMap<>();
        body.put("reden", reden);
        body.put("planVanAanpak", werkgesprek().get("planVanAanpak"));
        ((Map<String, Object>) body.get("planVanAanpak")).put("leerroute", "ONDERWIJS");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan(Map<String, Object> body) {
        return (Map<String, Object>) body.get("planVanAanpak");
    }

    private static String url(String id) {
        return STATUSHOUDERS + "/" + id + "/plan-van-aanpak";
    }

    private static void assertRejected(String id, Map<String, Object> body, int status, String field) {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).put(url(id))
                .then().statusCode(status).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }
}
