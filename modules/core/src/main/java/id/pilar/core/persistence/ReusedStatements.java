package id.pilar.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept with the physical connection of a pool, for hot read paths
 * ({@link Transactions#query}, e.g. search as one types) where compiling the SQL again on every
 * call would cost more than running it (SQLite: 10–20 µs to prepare a join, a few µs to run it).
 *
 * <p>The pool closes the statements prepared through its connection wrapper when the connection
 * goes back, so the statement is prepared on the physical connection instead and lives as long
 * as that connection (a closed connection closes its statements; its entry is dropped when the
 * next new connection is seen). Rules for callers: use the statement only inside the unit of
 * work that got it, one result set at a time; never close the statement; always close its
 * result sets (an open SQLite result set holds a read snapshot); set every parameter before
 * each run.
 */
public final class ReusedStatements {

    /** Distinct SQL texts kept per connection; the least recently used one is closed beyond this. */
    private static final int PER_CONNECTION = 32;

    /** By physical connection (identity); a handful of entries, as many as the pool holds. */
    private static final Map<Connection, Map<String, PreparedStatement>> CACHE = new IdentityHashMap<>();

    private ReusedStatements() {
    }

    /** The statement for {@code sql} on this connection's physical connection, prepared once. */
    public static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        Connection physical = c.isWrapperFor(Connection.class) ? c.unwrap(Connection.class) : c;
        Map<String, PreparedStatement> statements;
        synchronized (CACHE) {
            statements = CACHE.get(physical);
            if (statements == null) {
                forgetClosedConnections();
                statements = lru();
                CACHE.put(physical, statements);
            }
        }
        // A pooled connection serves one thread at a time, so its own map needs no further lock
        // beyond the one that publishes it; the lock is cheap and keeps this obviously safe.
        synchronized (statements) {
            PreparedStatement ps = statements.get(sql);
            if (ps == null || ps.isClosed()) {
                ps = physical.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }
    }

    /** The pool retires connections now and then; their statements are closed with them. */
    private static void forgetClosedConnections() {
        CACHE.keySet().removeIf(c -> {
            try {
                return c.isClosed();
            } catch (SQLException e) {
                return true;
            }
        });
    }

    private static Map<String, PreparedStatement> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                try {
                    eldest.getValue().close();
                } catch (SQLException e) {
                    // Only a statement we no longer want; its connection closes it at the latest.
                }
                return true;
            }
        };
    }
}
