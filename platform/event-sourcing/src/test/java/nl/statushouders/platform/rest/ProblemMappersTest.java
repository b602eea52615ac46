package nl.statushouders.platform.rest;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {

    final ProblemMappers mappers = new ProblemMappers();

    @Test
    void a_passing_failure_of_a_database_or_the_key_store_is_a_503_to_retry_without_its_message() {
        var response = mappers.unexpected(new IllegalStateException("wrapped", new PgException(
                "terminating connection due to administrator command (Amira)", "FATAL", "57P01", null)));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("Amira");
    }

    @Test
    void anything_else_unexpected_stays_a_500_without_its_message() {
        var response = mappers.unexpected(new IllegalArgumentException("Amira"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("Amira");
    }
}
