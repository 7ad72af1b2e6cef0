package id.pilar.core.impl.db;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.MigrationReport;
import id.pilar.core.persistence.Transactions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * What {@code --check} reports: SQLite's own integrity and foreign-key checks and the migration
 * status of every module.
 *
 * @param integrity   lines from {@code PRAGMA integrity_check} ("ok" when healthy)
 * @param foreignKeys one line per violating row
 * @param migrations  one report per module
 */
@Messages({
    "# {0} - table, {1} - row id, {2} - referenced table",
    "CHK_ForeignKeyRow=tabel {0} baris {1} → {2}",
    "# {0} - number of violations",
    "CHK_Violations={0} pelanggaran",
    "CHK_UpToDate=mutakhir",
    "# {0} - failed versions",
    "CHK_Failed=GAGAL {0}",
    "# {0} - pending versions",
    "CHK_Pending=tertunda {0}",
    "# {0} - module, {1} - applied version, {2} - latest version, {3} - state",
    "CHK_Migration=migrasi {0}: versi {1} dari {2} ({3})"
})
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
                            fks.add(Bundle.CHK_ForeignKeyRow(rs.getString(1), String.valueOf(rs.getLong(2)), rs.getString(3)));
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
        out.add("foreign_key_check: " + (foreignKeys.isEmpty() ? "ok" : Bundle.CHK_Violations(foreignKeys.size())));
        foreignKeys.stream().limit(20).forEach(f -> out.add("  " + f));
        for (MigrationReport m : migrations) {
            String state = m.healthy() ? Bundle.CHK_UpToDate() : (!m.failed().isEmpty() ? Bundle.CHK_Failed(m.failed()) : Bundle.CHK_Pending(m.pending()));
            out.add(Bundle.CHK_Migration(m.moduleId(), m.appliedVersion(), m.latestVersion(), state));
        }
        // The verdict line is machine-readable (scripts/smoke-test greps it): the same in every locale.
        out.add(healthy() ? "HASIL: SEHAT" : "HASIL: BERMASALAH");
        return out;
    }
}
