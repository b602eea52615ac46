package nl.statushouders.testsupport;

import io.restassured.response.Response;
import nl.statushouders.platform.rebuild.Rebuilds;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every service that consumes intake's events does when a statushouder is erased (issue #11):
 * the person's rows go (or, for the KPIs, become an anonymous count), every read about them answers
 * 404 or nothing, and a later event about them writes nothing back. A service's test extends this.
 */
public abstract class VerwijderingContract {

    protected abstract String database();

    /** A statushouder of Utrecht this service holds data about (and can show). */
    protected abstract UUID eenBetrokkene();

    /** Reads the person's data the way a user would. */
    protected abstract Response lees(UUID statushouderId);

    /** How many rows of this service still say something about the person (anonymous counts excluded). */
    protected abstract long rijenOver(UUID statushouderId);

    /** Publishes an event about the person that would change this service's data about them. */
    protected abstract void nogEenEventOver(UUID statushouderId);

    public static void publiceerVerwijdering(UUID statushouderId, String gemeente) {
        TestEvents.publish("intake.events.v1", statushouderId.toString(), TestEvents.event("intake", "statushouder-verwijderd")
                .statushouder(statushouderId).gemeente(gemeente)
                .data(Map.of("grond", "VERZOEK_BETROKKENE", "aangevraagdDoor", "wm", "goedgekeurdDoor", "tl")).json());
    }

    private void verwijder(UUID persoon) {
        publiceerVerwijdering(persoon, Tokens.UTRECHT);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestPostgres.get().count(database(),
                "select count(*) from verwijderde_statushouder where statushouder_id = ?", persoon) == 1);
    }

    private static boolean niets(Response r) {
        return r.statusCode() == 404 || (r.statusCode() == 200 && r.asString().trim().equals("[]"));
    }

    @Test
    void an_erasure_removes_what_this_service_holds_and_every_read_answers_404_or_nothing() {
        UUID persoon = eenBetrokkene();
        assertThat(lees(persoon).statusCode()).isEqualTo(200);
        assertThat(rijenOver(persoon)).isPositive();

        verwijder(persoon);

        assertThat(rijenOver(persoon)).isZero();
        Response antwoord = lees(persoon);
        assertThat(niets(antwoord)).as("after erasure: %s %s", antwoord.statusCode(), antwoord.asString()).isTrue();
    }

    @Test
    void a_later_event_about_an_erased_person_writes_nothing_back_and_a_second_erasure_changes_nothing() {
        UUID persoon = eenBetrokkene();
        verwijder(persoon);
        nogEenEventOver(persoon);
        publiceerVerwijdering(persoon, Tokens.UTRECHT);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> rijenOver(persoon) == 0 && niets(lees(persoon)));
    }

    @Test
    void a_rebuild_after_the_erasure_brings_nothing_back() {
        UUID persoon = eenBetrokkene();
        verwijder(persoon);
        assertThat(rijenOver(persoon)).isZero();

        Rebuilds.Status status = io.quarkus.arc.Arc.container().instance(Rebuilds.class).get().runNow();

        assertThat(status.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        assertThat(rijenOver(persoon)).isZero();
        Response antwoord = lees(persoon);
        assertThat(niets(antwoord)).as("after rebuild: %s %s", antwoord.statusCode(), antwoord.asString()).isTrue();
    }
}
