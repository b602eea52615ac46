package nl.statushouders.systemtests;

import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Least privilege in the running platform's PostgreSQL: each service's role reaches its own database
 * and no other, is no superuser, and owns everything in its database (nothing is left to a shared role).
 */
class DatabaseRollenTest {

    private static final String DB = "jdbc:postgresql://localhost:5432/";
    private static final Path ROLLEN = Path.of("..", ".local", "postgres-rollen.properties").toAbsolutePath().normalize();
    private static final List<String> DATABASES = List.of("intake", "assessment", "trajecten", "werkgevers", "monitoring",
            "sleutelkluis");

    @Test
    void each_service_role_reaches_its_own_database_only() throws Exception {
        Properties wachtwoorden = new Properties();
        try (Reader in = Files.newBufferedReader(ROLLEN)) {
            wachtwoorden.load(in);
        }
        List<String> geweigerd = new ArrayList<>();
        for (String rol : DATABASES) {
            String wachtwoord = wachtwoorden.getProperty(rol);
            try (Connection eigen = DriverManager.getConnection(DB + rol, rol, wachtwoord);
                 ResultSet r = eigen.createStatement().executeQuery("""
                         select (select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user),
                                (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = 'public' and pg_get_userbyid(c.relowner) <> current_user),
                                (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = 'public' and c.relkind = 'r')""")) {
                r.next();
                assertThat(r.getBoolean(1)).as(rol + " has no administrator rights").isFalse();
                assertThat(r.getLong(2)).as("objects in " + rol + " owned by another role").isZero();
                assertThat(r.getLong(3)).as("tables in " + rol).isPositive();
            }
            for (String ander : DATABASES) {
                if (!ander.equals(rol)) {
                    assertThatThrownBy(() -> DriverManager.getConnection(DB + ander, rol, wachtwoord).close())
                            .as(rol + " connecting to " + ander).isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied");
                    geweigerd.add(rol + "->" + ander);
                }
            }
        }
        assertThat(geweigerd).hasSize(DATABASES.size() * (DATABASES.size() - 1));
    }
}
