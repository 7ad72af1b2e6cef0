package id.pilar.security.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.impl.migrate.MigrationOrder;
import id.pilar.core.impl.migrate.ModuleMigrations;
import id.pilar.core.spi.ModuleSchema;
import id.pilar.testkit.TestDatabase;
import id.pilar.testkit.UpgradeHarness;
import id.pilar.testkit.UpgradeHarness.Loss;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sqlite.SQLiteDataSource;

/**
 * The upgrade harness over core and security, and the V3 correction: the harness catches the
 * first V3's loss of every revision time, the corrected V3 loses nothing, and a database that ran
 * the first V3 still opens (its checksum accepted) and gets the times back from changed_at.
 */
class SecurityUpgradeTest {

    /** V3 as it first shipped (a fixture: the script dropped rev_timestamp and re-added it empty). */
    private static final String FIRST_V3 = "id/pilar/security/db-v3-as-shipped";

    @Test
    void everyEarlierStateUpgradesWithoutLoss(@TempDir Path dir) throws Exception {
        UpgradeHarness.Report report = UpgradeHarness.of(UpgradeHarness.sqlite(dir)).run();
        assertThat(report.states()).contains("core@V1", "security@V1", "security@V2", "security@V3");
        report.assertNoLoss();
    }

    @Test
    void theHarnessReportsTheTimesTheFirstV3Lost(@TempDir Path dir) throws Exception {
        UpgradeHarness.Report report = UpgradeHarness.of(UpgradeHarness.sqlite(dir))
                .scriptsOf("security", SecurityUpgradeTest.class, FIRST_V3).run();
        List<Loss> lost = report.losses();
        assertThat(lost).isNotEmpty().allSatisfy(l -> {
            assertThat(l.state()).isEqualTo("security@V2");
            assertThat(l.table() + "." + l.column()).isEqualTo("security_revision.rev_timestamp");
        });
        assertThat(lost).hasSize(UpgradeHarness.ROWS);
        assertThatThrownBy(report::assertNoLoss).hasMessageContaining("security_revision").hasMessageContaining("rev_timestamp");
    }

    @Test
    void aDatabaseThatRanTheFirstV3OpensAndGetsItsTimesBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pilar-test.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        List<ModuleSchema> schemas = MigrationOrder.sort(Lookup.getDefault().lookupAll(ModuleSchema.class));
        Instant at = Instant.parse("2026-11-30T03:04:05.678Z");
        for (ModuleSchema s : schemas) {
            if (s.moduleId().equals("security")) {
                ModuleMigrations first = new ModuleMigrations(s, "sqlite", SecurityUpgradeTest.class, FIRST_V3);
                first.migrate(ds, getClass().getClassLoader(), MigrationVersion.fromVersion("2"));
                try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                    st.execute("INSERT INTO security_revision (rev, rev_timestamp, changed_at, username) VALUES (1, "
                            + at.toEpochMilli() + ", '2026-11-30T03:04:05.678Z', 'admin')");
                }
                first.migrate(ds, getClass().getClassLoader(), MigrationVersion.fromVersion("3"));
                assertThat(timestamp(ds)).as("the first V3 lost it").isZero();
            } else if (s.moduleId().equals("core")) {
                new ModuleMigrations(s, "sqlite").migrate(ds, getClass().getClassLoader());
            }
        }
        try (TestDatabase db = TestDatabase.at(dir)) {
            Long restored = db.transactions().jdbc(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT rev_timestamp FROM security_revision WHERE rev = 1")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(restored).isEqualTo(at.toEpochMilli());
        }
    }

    private static long timestamp(SQLiteDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT rev_timestamp FROM security_revision WHERE rev = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
