package nl.statushouders.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for tests, one per test JVM: an embedded server by default, or the server
 * named by TEST_POSTGRES_HOST / TEST_POSTGRES_PORT / TEST_POSTGRES_USER / TEST_POSTGRES_PASSWORD.
 * Each service gets its own fresh database, as in production.
 */
public final class TestPostgres {

    private static TestPostgres instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private TestPostgres(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            String external = System.getenv("TEST_POSTGRES_HOST");
            if (external != null && !external.isBlank()) {
                instance = new TestPostgres(external, Integer.parseInt(env("TEST_POSTGRES_PORT", "5432")),
                        env("TEST_POSTGRES_USER", "postgres"), env("TEST_POSTGRES_PASSWORD", "postgres"));
            } else {
                try {
                    // As in the local stack and docker-compose: no key values (a BSN) in the server log.
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("log_error_verbosity", "terse").start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (IOException ignored) {
                            // the JVM is going away
                        }
                    }));
                    instance = new TestPostgres("localhost", pg.getPort(), "postgres", "postgres");
                } catch (IOException e) {
                    throw new IllegalStateException("Embedded PostgreSQL did not start", e);
                }
            }
        }
        return instance;
    }

    /**
     * Drops and recreates a database, so every test JVM starts from an empty schema. As in production
     * it belongs to a role of its own name that only it may connect to ({@link #rolWachtwoord}); the
     * tests' own checks connect as the administrator ({@link #user()}).
     */
    public TestPostgres freshDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            boolean rol;
            try (ResultSet r = s.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
                rol = r.next();
            }
            s.execute((rol ? "alter" : "create") + " role " + name + " login nosuperuser password '" + rolWachtwoord(name) + "'");
            s.execute("create database " + name + " owner " + name);
            s.execute("revoke all on database " + name + " from public");
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** The password of the role that owns {@code database} (its user name is the database's name). */
    public String rolWachtwoord(String database) {
        return database + "-test";
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A single number from a query, for tests that check what was (not) stored. */
    public long count(String database, String sql, Object... params) {
        return single(database, sql, params, rs -> rs.getLong(1));
    }

    /** A single text value from a query. */
    public String text(String database, String sql, Object... params) {
        return single(database, sql, params, rs -> rs.getString(1));
    }

    /**
     * Every row of a query as text ({@code column=value;...}) by its {@code id} column, sorted: what a
     * rebuild test compares before damaging a read model and after rebuilding it.
     */
    public java.util.SortedMap<String, String> rows(String database, String sql, Object... params) {
        java.util.SortedMap<String, String> rows = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), user, password);
             var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(';');
                    }
                    rows.put(rs.getString("id"), row.toString());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T single(String database, String sql, Object[] params, Column<T> column) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), user, password);
             var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String database, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
