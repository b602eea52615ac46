package nl.statushouders.intake.service;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestPostgres;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intake runs as a role of its own that owns its database and cannot open another (here: the key store's). */
@QuarkusTest
class DatabaseRolTest {

    @ConfigProperty(name = "quarkus.datasource.username")
    String rol;

    @Test
    void intake_reaches_its_own_database_and_not_the_key_store_directly() throws Exception {
        TestPostgres pg = TestPostgres.get();
        assertThat(rol).isEqualTo("intake");
        assertThat(pg.count("intake", "select count(*) from pg_roles where rolname = ? and not rolsuper", rol)).isEqualTo(1);
        assertThat(pg.count("intake", "select count(*) from pg_tables where schemaname = 'public' and tableowner <> ?", rol))
                .isZero();
        try (var c = DriverManager.getConnection(pg.jdbcUrl("intake"), rol, pg.rolWachtwoord(rol))) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl("sleutelkluis"), rol, pg.rolWachtwoord(rol)).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }
}
