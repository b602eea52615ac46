package nl.statushouders.werkgevers;

import nl.statushouders.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every read-model row of some employers, meetings and statushouders as PostgreSQL prints it
 * ({@code row::text}, all columns), to compare a rebuild with what commands and events built.
 */
public final class Leesmodelrijen {

    private Leesmodelrijen() {
    }

    public static Map<String, List<String>> van(Collection<UUID> werkgevers, Collection<UUID> bijeenkomsten,
                                                Collection<UUID> statushouders) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        rows.put("werkgever", rows("werkgever", "id", werkgevers));
        rows.put("plaats", rows("plaats", "werkgever_id", werkgevers));
        rows.put("matching", rows("matching", "werkgever_id", werkgevers));
        rows.put("taalvoucher", rows("taalvoucher", "werkgever_id", werkgevers));
        rows.put("bijeenkomst", rows("bijeenkomst", "id", bijeenkomsten));
        rows.put("statushouder", rows("statushouder", "id", statushouders));
        return rows;
    }

    public static List<String> rows(String table, String column, Collection<UUID> ids) {
        TestPostgres pg = TestPostgres.get();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("werkgevers"), pg.user(), pg.password());
             var ps = c.prepareStatement("select t::text from " + table + " t where " + column + " = any(?) order by t.id")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            List<String> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
