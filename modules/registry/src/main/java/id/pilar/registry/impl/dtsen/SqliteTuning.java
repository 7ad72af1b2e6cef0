package id.pilar.registry.impl.dtsen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Per-connection SQLite settings for bulk work (import, duplicate scan), put back before the connection returns to the pool. */
public final class SqliteTuning {

    private SqliteTuning() {
    }

    /** Whether {@code c} is a connection to SQLite (the bulk paths' tuning and plain inserts are SQLite's only). */
    static boolean isSqlite(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("sqlite");
    }

    /** Sets SQLite's page cache for this connection; returns the previous setting (null elsewhere). */
    public static Integer enlargeCache(Connection c, int kib) throws SQLException {
        if (!isSqlite(c)) {
            return null;
        }
        try (Statement st = c.createStatement()) {
            int before;
            try (ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
                rs.next();
                before = rs.getInt(1);
            }
            st.execute("PRAGMA cache_size = " + (-kib));
            // Index builds may use a helper thread for sorting (SQLite's PRAGMA threads).
            st.execute("PRAGMA threads = 2");
            return before;
        }
    }

    /** The pooled connection goes back with its usual cache. */
    public static void restoreCache(Connection c, Integer before) throws SQLException {
        if (before != null) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = " + before);
                st.execute("PRAGMA threads = 0");
            }
        }
    }

}
