package nl.statushouders.testsupport;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import nl.statushouders.platform.verwerkingslog.VerwerkingslogBewaartermijn;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every service's processing log must do (issue #11, Logboek Dataverwerkingen): a read of a
 * person's data is logged with actor, activity and person; the privacy officer, and only they, retrieve
 * the entries for one person in their own gemeenten; a failure to log refuses the data; the log cannot
 * be changed. A service's test extends this and says how to make a person and read their data.
 */
public abstract class VerwerkingslogContract {

    /** The service's root, e.g. {@code /api/intake/v1}. */
    protected abstract String root();

    protected abstract String database();

    /** The processing activity the read below is registered under. */
    protected abstract String activiteit();

    /** A statushouder of Utrecht this service holds data about. */
    protected abstract UUID eenBetrokkene();

    /** Reads data about the person with this token, the way a user would. */
    protected abstract Response lees(UUID statushouderId, String token);

    /** A token of a role that may make that read, in Utrecht, with this subject. */
    protected String lezer(String subject) {
        return Tokens.token().subject(subject).roles("werkmatcher").build();
    }

    protected static String privacyOfficer(String gemeente) {
        return Tokens.token().roles("privacy-officer").gemeenten(gemeente).build();
    }

    private Response verwerkingen(UUID statushouderId, String token) {
        return given().auth().oauth2(token).queryParam("statushouderId", statushouderId.toString())
                .get(root() + "/verwerkingen");
    }

    @Test
    void a_read_of_a_persons_data_is_logged_with_actor_activity_and_person() {
        UUID persoon = eenBetrokkene();
        String actor = UUID.randomUUID().toString();
        lees(persoon, lezer(actor)).then().statusCode(200);

        String entry = "verwerkingen.find { it.actor == '" + actor + "' }";
        verwerkingen(persoon, privacyOfficer(Tokens.UTRECHT)).then().statusCode(200)
                .body("statushouderId", equalTo(persoon.toString()))
                .body(entry + ".handeling", startsWith("GET " + root()))
                .body(entry + ".httpStatus", equalTo(200))
                .body(entry + ".activiteit.id", equalTo(activiteit()))
                .body(entry + ".activiteit.naam", notNullValue())
                .body(entry + ".activiteit.grondslag", notNullValue())
                .body(entry + ".gemeenten", hasItem(Tokens.UTRECHT))
                .body(entry + ".traceId.length()", equalTo(32));
    }

    @Test
    void the_privacy_officer_sees_only_entries_about_that_person_in_own_gemeenten_and_reading_is_logged() {
        UUID persoon = eenBetrokkene();
        UUID ander = eenBetrokkene();
        String actor = UUID.randomUUID().toString();
        lees(ander, lezer(actor)).then().statusCode(200);
        verwerkingen(persoon, privacyOfficer(Tokens.UTRECHT)).then().statusCode(200)
                .body("verwerkingen.findAll { it.actor == '" + actor + "' }", empty());
        verwerkingen(ander, privacyOfficer(Tokens.AMERSFOORT)).then().statusCode(200)
                .body("verwerkingen", empty());
        verwerkingen(ander, privacyOfficer(Tokens.UTRECHT)).then().statusCode(200)
                .body("verwerkingen.findAll { it.activiteit.id == 'verantwoording' }", empty());
        // The first read by the Utrecht officer is in the log now; the Amersfoort one is not theirs to see.
        verwerkingen(ander, privacyOfficer(Tokens.UTRECHT)).then().statusCode(200)
                .body("verwerkingen.findAll { it.activiteit.id == 'verantwoording' }", hasSize(1));
    }

    @Test
    void only_the_privacy_officer_reads_the_log_and_bad_input_is_a_dutch_400() {
        UUID persoon = eenBetrokkene();
        given().queryParam("statushouderId", persoon.toString()).get(root() + "/verwerkingen").then().statusCode(401);
        for (String rol : new String[]{"werkmatcher", "teamleider", "beleidsmedewerker", "platform-beheer"}) {
            verwerkingen(persoon, Tokens.withRoles(rol)).then().statusCode(403);
        }
        given().auth().oauth2(privacyOfficer(Tokens.UTRECHT)).queryParam("statushouderId", "geen-uuid")
                .get(root() + "/verwerkingen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("statushouderId"));
        given().auth().oauth2(privacyOfficer(Tokens.UTRECHT)).get(root() + "/verwerkingen").then().statusCode(400);
        given().auth().oauth2(privacyOfficer(Tokens.UTRECHT)).queryParam("statushouderId", persoon.toString())
                .queryParam("vanaf", "-1").get(root() + "/verwerkingen").then().statusCode(400)
                .body("invalidParams.name", hasItem("vanaf"));
    }

    @Test
    void a_logging_failure_fails_the_request_and_shows_no_data() {
        UUID persoon = eenBetrokkene();
        TestPostgres pg = TestPostgres.get();
        pg.execute(database(), "alter table verwerkingslog.verwerking add constraint storing check (false) not valid");
        try {
            Response antwoord = lees(persoon, lezer(UUID.randomUUID().toString()));
            antwoord.then().statusCode(503).contentType("application/problem+json")
                    .body("title", equalTo("Verwerking niet vastgelegd"));
            assertThat(antwoord.header("ETag")).isNull();
            assertThat(antwoord.asString()).doesNotContain(persoon.toString());
        } finally {
            pg.execute(database(), "alter table verwerkingslog.verwerking drop constraint storing");
        }
        lees(persoon, lezer(UUID.randomUUID().toString())).then().statusCode(200);
    }

    @Test
    void the_log_cannot_be_changed_or_emptied() {
        UUID persoon = eenBetrokkene();
        lees(persoon, lezer(UUID.randomUUID().toString())).then().statusCode(200);
        TestPostgres pg = TestPostgres.get();
        assertThatThrownBy(() -> pg.execute(database(), "update verwerkingslog.verwerking set actor = 'iemand anders'"))
                .hasStackTraceContaining("alleen aan te vullen");
        assertThatThrownBy(() -> pg.execute(database(), "delete from verwerkingslog.verwerking"))
                .hasStackTraceContaining("alleen aan te vullen");
        assertThatThrownBy(() -> pg.execute(database(), "truncate verwerkingslog.verwerking"))
                .hasStackTraceContaining("alleen aan te vullen");
    }

    @Test
    void entries_past_the_retention_period_are_deleted_by_the_job_and_younger_ones_stay() {
        UUID persoon = eenBetrokkene();
        lees(persoon, lezer(UUID.randomUUID().toString())).then().statusCode(200);
        TestPostgres pg = TestPostgres.get();
        String over = "select count(*) from verwerkingslog.verwerking where cast(? as uuid) = any(betrokkenen)";
        VerwerkingslogBewaartermijn job = io.quarkus.arc.Arc.container().instance(VerwerkingslogBewaartermijn.class).get();

        job.verwijderVoor(LocalDate.now(ZoneOffset.UTC).minusDays(1)).await().atMost(Duration.ofSeconds(10));
        assertThat(pg.count(database(), over, persoon.toString())).isPositive();

        // As if the period had passed: everything that ended before tomorrow goes, and only the job can do that.
        Integer verwijderd = job.verwijderVoor(LocalDate.now(ZoneOffset.UTC).plusDays(1)).await().atMost(Duration.ofSeconds(10));
        assertThat(verwijderd).isPositive();
        assertThat(pg.count(database(), over, persoon.toString())).isZero();
        lees(persoon, lezer(UUID.randomUUID().toString())).then().statusCode(200);
        assertThat(pg.count(database(), over, persoon.toString())).isEqualTo(1);
    }

    @Test
    void inzage_gives_the_privacy_officer_what_this_service_holds_about_the_person_and_its_processing() {
        UUID persoon = eenBetrokkene();
        String actor = UUID.randomUUID().toString();
        lees(persoon, lezer(actor)).then().statusCode(200);
        given().auth().oauth2(privacyOfficer(Tokens.UTRECHT)).get(root() + "/inzage/" + persoon).then().statusCode(200)
                .body("statushouderId", equalTo(persoon.toString()))
                .body("dienst", notNullValue())
                .body("gegevens", notNullValue())
                .body("verwerkingen.actor", hasItem(actor))
                .body("verwerkingen.find { it.actor == '" + actor + "' }.activiteit.id", equalTo(activiteit()));
        // The inzage itself is accounted for.
        verwerkingen(persoon, privacyOfficer(Tokens.UTRECHT)).then().statusCode(200)
                .body("verwerkingen.handeling", hasItem(startsWith("GET " + root() + "/inzage/")));
    }

    @Test
    void inzage_only_for_the_privacy_officer_of_the_persons_gemeente() {
        UUID persoon = eenBetrokkene();
        lees(persoon, lezer(UUID.randomUUID().toString())).then().statusCode(200);
        given().get(root() + "/inzage/" + persoon).then().statusCode(401);
        for (String rol : new String[]{"werkmatcher", "teamleider", "beleidsmedewerker"}) {
            given().auth().oauth2(Tokens.withRoles(rol)).get(root() + "/inzage/" + persoon).then().statusCode(403);
        }
        given().auth().oauth2(privacyOfficer(Tokens.AMERSFOORT)).get(root() + "/inzage/" + persoon).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(privacyOfficer(Tokens.UTRECHT)).get(root() + "/inzage/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(privacyOfficer(Tokens.UTRECHT)).get(root() + "/inzage/geen-uuid").then().statusCode(404);
    }

    /** For subclasses: a JSON request as this token. */
    protected static io.restassured.specification.RequestSpecification als(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
