package nl.statushouders.platform.consumer;

import io.vertx.pgclient.PgException;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import org.junit.jupiter.api.Test;

import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures pass (retry in place) and which will happen again (park and dead-letter). */
class FailuresTest {

    @Test
    void connection_loss_conflicts_busy_resources_and_unknown_persons_pass() {
        assertThat(Failures.isTransient(pg("57P01"))).as("admin shutdown").isTrue();
        assertThat(Failures.isTransient(pg("08006"))).as("connection failure").isTrue();
        assertThat(Failures.isTransient(pg("40001"))).as("serialization").isTrue();
        assertThat(Failures.isTransient(pg("40P01"))).as("deadlock").isTrue();
        assertThat(Failures.isTransient(pg("55P03"))).as("lock not available").isTrue();
        assertThat(Failures.isTransient(pg("53300"))).as("too many connections").isTrue();
        assertThat(Failures.isTransient(pg("23505"))).as("lost race to create a row").isTrue();
        assertThat(Failures.isTransient(new RuntimeException("wrapped", pg("08003")))).as("wrapped by Hibernate").isTrue();
        assertThat(Failures.isTransient(new io.vertx.core.VertxException("Connection is closed"))).isTrue();
        assertThat(Failures.isTransient(new java.util.concurrent.TimeoutException())).isTrue();
        assertThat(Failures.isTransient(ConflictException.staleVersion("s", 1, 2))).isTrue();
        assertThat(Failures.isTransient(new Failures.NogNietBekendException("statushouder x"))).isTrue();
    }

    @Test
    void unreadable_payloads_rejected_rules_and_bugs_are_permanent() {
        assertThat(Failures.isTransient(new CloudEvent.MalformedEventException("missing attribute id"))).isFalse();
        assertThat(Failures.isTransient(new DateTimeParseException("x", "x", 0))).isFalse();
        assertThat(Failures.isTransient(new PolicyViolationException(new Violation("SoortBekend", "soort", "onbekend")))).isFalse();
        assertThat(Failures.isTransient(new NullPointerException())).isFalse();
        assertThat(Failures.isTransient(new ConflictException("Dit assessment bestaat al."))).as("a business conflict").isFalse();
        assertThat(Failures.isTransient(pg("22P02"))).as("invalid text representation").isFalse();
        assertThat(Failures.isTransient(new Failures.PermanentFailure("x"))).isFalse();
    }

    @Test
    void a_reason_names_the_kind_and_our_code_never_the_message() {
        RuntimeException e = new IllegalArgumentException("Text 'Fatima' could not be parsed");
        assertThat(Failures.reason(e)).startsWith("IllegalArgumentException").doesNotContain("Fatima");
        assertThat(Failures.reason(new RuntimeException("x", pg("23505")))).contains("SQLSTATE 23505");
        assertThat(Failures.reason(new io.vertx.core.json.DecodeException("Failed to decode: {\"voornaam\":\"Fatima\"}")))
                .startsWith("DecodeException").doesNotContain("Fatima");
        assertThat(Failures.reason(new io.vertx.core.impl.NoStackTraceThrowable("Connection is closed")))
                .contains("Connection is closed");
        assertThat(Failures.reason(new io.vertx.core.impl.NoStackTraceThrowable("Parameter at position[0] with class = "
                + "[java.lang.String] and value = [{\"voornaam\":\"Fatima\"}] can not be coerced")))
                .contains("Parameter at position[0]").doesNotContain("Fatima");
    }

    private static PgException pg(String state) {
        return new PgException("failure", "ERROR", state, null);
    }
}
