package id.pilar.core.impl.db;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.MigrationReport;
import id.pilar.core.persistence.Transactions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --check} reports: SQLite's own integrity and foreign-key checks and the migration
 * status of every module.
 *
 * @param integrity   lines from {@code PRAGMA integrity_check} ("ok" when healthy)
 * @param foreignKeys one line per violating row
 * @param migrations  one report per module
 */
public record DatabaseHealth(List<String> integrity, List<String> foreignKeys, List<MigrationReport> migrations) {

    public boolean healthy() {
        return integrity.equals(List.of("ok")) && foreignKeys.isEmpty()
                && migrations.stream().allMatch(MigrationReport::healthy);
    }

    /** Runs the checks on the open database. */
    public static DatabaseHealth check(DataKernel kernel, Transactions tx) {
        boolean sqlite = kernel.target().isSqlite();
        List<String> integrity = new ArrayList<>();
        List<String> fks = new ArrayList<>();
        if (sqlite) {
            tx.jdbc(c -> {
                try (Statement st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                        while (rs.next()) {
                            integrity.add(rs.getString(1));
                        }
                    }
                    try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                        while (rs.next()) {
                            fks.add("tabel " + rs.getString(1) + " baris " + rs.getLong(2) + " → " + rs.getString(3));
                        }
                    }
                }
                return null;
            });
        } else {
            integrity.add("ok");
        }
        return new DatabaseHealth(List.copyOf(integrity), List.copyOf(fks), kernel.migrationReports());
    }

    /** The report as printed by {@code --check}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("integrity_check: " + String.join("; ", integrity));
        out.add("foreign_key_check: " + (foreignKeys.isEmpty() ? "ok" : foreignKeys.size() + " pelanggaran"));
        foreignKeys.stream().limit(20).forEach(f -> out.add("  " + f));
        for (MigrationReport m : migrations) {
            String state = m.healthy() ? "mutakhir" : (!m.failed().isEmpty() ? "GAGAL " + m.failed() : "tertunda " + m.pending());
            out.add("migrasi " + m.moduleId() + ": versi " + m.appliedVersion() + " dari " + m.latestVersion() + " (" + state + ")");
        }
        out.add(healthy() ? "HASIL: SEHAT" : "HASIL: BERMASALAH");
        return out;
    }
}
