package id.pilar.rosters.impl.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-row {@code INSERT … VALUES (…),(…)} through plain JDBC: per PLATFORM-NOTES, the lean way
 * to write a million rows into SQLite. Rows are buffered and sent 64 at a time. A child table
 * names its parent insert, which is drained first, so foreign keys hold at every statement.
 */
final class BulkInsert implements AutoCloseable {

    private static final int ROWS = 64;

    private final Connection c;
    private final BulkInsert parent;
    private final String table;
    private final int width;
    private final List<Object[]> buffer = new ArrayList<>(ROWS);
    private final Map<Integer, PreparedStatement> statements = new HashMap<>();
    private long written;

    BulkInsert(Connection c, BulkInsert parent, String table, String... columns) {
        this.c = c;
        this.parent = parent;
        this.width = columns.length;
        this.table = table + " (" + String.join(", ", columns) + ")";
    }

    void add(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
        }
        buffer.add(values);
        if (buffer.size() == ROWS) {
            drain();
        }
    }

    /** Sends what is buffered, after the parent's rows. */
    void drain() throws SQLException {
        if (parent != null) {
            parent.drain();
        }
        if (buffer.isEmpty()) {
            return;
        }
        PreparedStatement ps = statements.get(buffer.size());
        if (ps == null) {
            ps = c.prepareStatement(sql(buffer.size()));
            statements.put(buffer.size(), ps);
        }
        int i = 1;
        for (Object[] row : buffer) {
            for (Object v : row) {
                ps.setObject(i++, v);
            }
        }
        ps.executeUpdate();
        written += buffer.size();
        buffer.clear();
    }

    long written() {
        return written + buffer.size();
    }

    private String sql(int rows) {
        String one = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(rows, one));
    }

    @Override
    public void close() throws SQLException {
        drain();
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
    }
}
