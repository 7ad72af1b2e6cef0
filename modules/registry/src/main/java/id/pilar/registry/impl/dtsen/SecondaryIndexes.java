package id.pilar.registry.impl.dtsen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table's secondary indexes, dropped before a bulk load into the empty table and built again
 * after it from their own definitions: one build per index after the load is faster than keeping
 * each up to date row by row. The definitions are read from the database's catalogue, not
 * written here a second time: the migrations own the indexes, and one they add, change or drop
 * (registry V8 dropped the atlas's) is followed without a change here. Indexes that back a
 * constraint (the primary key) stay.
 */
final class SecondaryIndexes {

    private static final String SQLITE = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            + " AND sql IS NOT NULL ORDER BY name";
    private static final String POSTGRESQL = "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()"
            + " AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname) ORDER BY i.indexname";

    /** Index name to its {@code CREATE INDEX} statement, in name order. */
    private final Map<String, String> definitions;

    private SecondaryIndexes(Map<String, String> definitions) {
        this.definitions = definitions;
    }

    /** Reads the secondary indexes of {@code table} and drops them, in the caller's transaction. */
    static SecondaryIndexes drop(Connection c, String table) throws SQLException {
        boolean sqlite = SqliteTuning.isSqlite(c);
        Map<String, String> found = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sqlite ? SQLITE : POSTGRESQL)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : found.keySet()) {
                st.execute("DROP INDEX " + name);
            }
        }
        return new SecondaryIndexes(found);
    }

    /** Builds every dropped index again, in the caller's transaction. */
    void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : definitions.values()) {
                st.execute(sql);
            }
        }
    }

    /** The names of the indexes dropped (for tests and the log). */
    java.util.Set<String> names() {
        return definitions.keySet();
    }
}
