package id.pilar.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.testkit.UpgradeHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades of the whole application schema without loss: every earlier state of every module
 * (core, security, registry, rosters, and each module added later on the test classpath) is
 * written with data and migrated to the current schema, on SQLite here and on PostgreSQL when
 * {@code PILAR_TEST_PG_URL} names a throw-away database ({@code scripts/postgres-check} sets it).
 */
class ApplicationUpgradeTest {

    /** What the harness must know about the registry's DTSEN tables (V3 renumbers imports on purpose). */
    static UpgradeHarness withDeclaredChanges(UpgradeHarness h) {
        // Before V3 the DTSEN rows hold the import's id, from V3 on its number.
        return h.references("dtsen_person.impor_pertama", "dtsen_impor.id", "dtsen_impor.nomor")
                .references("dtsen_person.impor_terakhir", "dtsen_impor.id", "dtsen_impor.nomor")
                .references("dtsen_riwayat.impor_id", "dtsen_impor.id")
                // V3 stores the import's small number instead of its UUID in these two columns.
                .changesOn("registry", "3", "dtsen_person.impor_pertama")
                .changesOn("registry", "3", "dtsen_person.impor_terakhir")
                // Awards V4: the shipped SLKS is conferred once (a 99-year gap), a deliberate change.
                .changesOn("awards", "4", "awd_type.min_gap_years")
                .changesOn("awards", "4", "awd_type.updated_at");
    }

    @Test
    void everyEarlierStateUpgradesWithoutLossOnSqlite(@TempDir Path dir) throws Exception {
        UpgradeHarness.Report report = withDeclaredChanges(UpgradeHarness.of(UpgradeHarness.sqlite(dir))).run();
        assertThat(report.states()).contains("core@V1", "security@V2", "registry@V2", "registry@V3", "rosters@V1");
        report.assertNoLoss();
    }

    @Test
    void everyEarlierStateUpgradesWithoutLossOnPostgresql() throws Exception {
        String url = System.getenv("PILAR_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "PILAR_TEST_PG_URL not set: run by scripts/postgres-check");
        UpgradeHarness.Report report = withDeclaredChanges(UpgradeHarness.of(UpgradeHarness.postgres(url,
                System.getenv("PILAR_DB_USER"), System.getenv("PILAR_DB_PASSWORD")))).run();
        assertThat(report.states()).contains("core@V1", "security@V2", "registry@V3");
        report.assertNoLoss();
    }
}
