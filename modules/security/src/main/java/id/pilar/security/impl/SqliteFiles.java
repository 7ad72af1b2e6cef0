package id.pilar.security.impl;

import id.pilar.security.api.SecurityRefusedException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.openide.util.NbBundle.Messages;

/** Plain-JDBC work on SQLite files that are not (or no longer) open in the data kernel. */
@Messages({
    "# {0} - file",
    "MSG_InUse=Basis data {0} sedang dibuka oleh jendela Pilar lain atau program lain. Tutup dulu, lalu ulangi. Basis data tidak diubah."
})
final class SqliteFiles {

    /** Core's application id ("PILR") in the SQLite header of every Pilar database. */
    static final int PILAR_APPLICATION_ID = 0x50494C52;

    private SqliteFiles() {
    }

    static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * A consistent copy made by SQLite while others keep writing ({@code VACUUM INTO} reads one
     * snapshot of the WAL database). {@code to} must not exist.
     */
    static void snapshot(Path db, Path to) throws SQLException {
        try (Connection c = open(db); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
            st.execute("VACUUM INTO '" + to.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    static List<String> check(Path db, String pragma) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = open(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static int applicationId(Path db) throws SQLException {
        try (Connection c = open(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Module id (as in the history table name) → highest successfully applied schema version. */
    static Map<String, String> schemaVersions(Path db) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = open(db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'pilar_history_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                MigrationVersion max = null;
                try (ResultSet rs = st.executeQuery("SELECT version FROM \"" + t + "\" WHERE version IS NOT NULL AND success = 1 AND type <> 'BASELINE'")) {
                    while (rs.next()) {
                        MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                        if (max == null || v.compareTo(max) > 0) {
                            max = v;
                        }
                    }
                }
                if (max != null) {
                    out.put(t.substring("pilar_history_".length()), max.getVersion());
                }
            }
        }
        return out;
    }

    /**
     * Proves no other process has the file open: leaving WAL mode needs exclusive access and
     * fails while any other connection exists. As a side effect the WAL is folded into the file,
     * so the file is complete on its own (it is about to be kept aside).
     */
    static void requireExclusive(Path db) {
        try (Connection c = open(db); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 2000");
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = DELETE")) {
                String mode = rs.next() ? rs.getString(1) : "";
                if (!"delete".equalsIgnoreCase(mode)) {
                    throw new SecurityRefusedException("MSG_InUse", Bundle.MSG_InUse(db), db);
                }
            }
        } catch (SQLException e) {
            throw new SecurityRefusedException("MSG_InUse", Bundle.MSG_InUse(db), e, db);
        }
    }

    static String historyId(String moduleId) {
        return moduleId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }
}
