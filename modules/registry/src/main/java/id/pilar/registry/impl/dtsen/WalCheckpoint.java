package id.pilar.registry.impl.dtsen;

import id.pilar.core.persistence.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.RequestProcessor;

/**
 * The WAL checkpoint of a bulk import, run after its commit instead of inside it.
 *
 * <p>In WAL mode every page an import writes goes to the WAL at commit (synced there, with
 * {@code synchronous=FULL}: from then on the import is durable), and a checkpoint later copies
 * it into the database file. SQLite's automatic checkpoint runs inside the commit of the
 * connection whose commit took the WAL over 1,000 pages — for an import, its own commit, which
 * then also copies the whole import and syncs the database file before it returns. Here the
 * import commits with the automatic checkpoint off and a background task checkpoints right after
 * (passive: readers and writers go on meanwhile). Nothing is written less: the copy and the second
 * sync happen after the import has returned, and until they are done the WAL holds the import
 * (readers find its pages there; a crash meanwhile is recovered from the WAL as usual).
 */
final class WalCheckpoint {

    private static final Logger LOG = Logger.getLogger(WalCheckpoint.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("DTSEN WAL checkpoint", 1);

    private WalCheckpoint() {
    }

    /**
     * Commits {@code c}'s transaction without SQLite's automatic checkpoint and puts this
     * connection's setting back afterwards. Only for SQLite; returns false (and does nothing)
     * elsewhere, where the caller's transaction commits as usual.
     */
    static boolean commitWithoutCheckpoint(Connection c) throws SQLException {
        if (!SqliteTuning.isSqlite(c)) {
            return false;
        }
        int before;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA wal_autocheckpoint")) {
                rs.next();
                before = rs.getInt(1);
            }
            st.execute("PRAGMA wal_autocheckpoint = 0");
        }
        try {
            c.commit();
        } finally {
            // The pooled connection must go back checkpointing as every other one does.
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_autocheckpoint = " + before);
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not restore wal_autocheckpoint", e);
            }
        }
        return true;
    }

    /** Starts the checkpoint the commit left out; the returned task is done when it is. */
    static RequestProcessor.Task later(Transactions tx) {
        return RP.post(() -> {
            try {
                tx.query(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                // Not a loss: the import is durable in the WAL; any later commit while the WAL
                // holds over 1,000 pages, or the last connection's close, checkpoints it.
                LOG.log(Level.FINE, "Background WAL checkpoint after the DTSEN import did not run", e);
            }
        });
    }
}
