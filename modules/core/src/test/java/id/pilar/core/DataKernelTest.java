package id.pilar.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseRefusedException.Reason;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.db.MigrationReport;
import id.pilar.core.impl.db.DataKernelImpl;
import id.pilar.core.impl.db.DatabaseHealth;
import id.pilar.core.testmods.TestAItem;
import id.pilar.core.testmods.TestBNote;
import id.pilar.core.testmods.TestSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKernelTest {

    @TempDir
    Path dir;

    private final List<DataKernelImpl> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(DataKernelImpl::close);
    }

    private DataKernelImpl open(Path db, boolean withB) {
        DataKernelImpl k = withB ? TestSchemas.kernel(TestSchemas.A, TestSchemas.B) : TestSchemas.kernel(TestSchemas.A);
        opened.add(k);
        k.open(DatabaseTarget.sqlite(db));
        return k;
    }

    @Test
    void newDatabaseIsCreatedAndEveryModuleMigratedInDependencyOrder() throws Exception {
        Path db = dir.resolve("pilar.db");
        DataKernelImpl k = open(db, true);

        assertThat(k.createdNow()).isTrue();
        assertThat(k.migrationReports()).extracting(MigrationReport::moduleId).containsExactly("core", "testa", "testb");
        assertThat(k.migrationReports()).allMatch(MigrationReport::healthy);
        assertThat(k.migrationReports().get(2).appliedVersion()).isEqualTo("2");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT count(*) FROM ref_kecamatan")).isEqualTo(8);
            assertThat(count(st, "SELECT count(*) FROM ref_kelurahan")).isEqualTo(44);
            assertThat(count(st, "SELECT count(*) FROM ref_kategori_kesos WHERE jenis='PPKS' AND aktif=1")).isEqualTo(26);
            assertThat(count(st, "SELECT count(*) FROM ref_kategori_kesos WHERE jenis='PSKS' AND aktif=1")).isEqualTo(12);
            assertThat(count(st, "PRAGMA application_id")).isEqualTo(0x50494C52);
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
        }
    }

    @Test
    void sqliteConnectionsUseForeignKeysFullSyncAndBusyTimeout() {
        DataKernelImpl k = open(dir.resolve("p.db"), false);
        List<Integer> pragmas = k.jdbc(c -> {
            List<Integer> out = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                out.add(count(st, "PRAGMA foreign_keys"));
                out.add(count(st, "PRAGMA synchronous"));
                out.add(count(st, "PRAGMA busy_timeout"));
            }
            return out;
        });
        assertThat(pragmas).containsExactly(1, 2, 10_000);
    }

    @Test
    void entitiesOfBothModulesAreMappedAndBaseColumnsFilled() {
        DataKernelImpl k = open(dir.resolve("p.db"), true);
        String id = k.inTransaction(s -> {
            TestAItem a = new TestAItem("Siti Aminah", "31.71.01.1001");
            s.persist(a);
            s.persist(new TestBNote(a, "Dijangkau di Senen"));
            return a.getId();
        });
        TestAItem back = k.read(s -> s.find(TestAItem.class, id));
        assertThat(back.getName()).isEqualTo("Siti Aminah");
        assertThat(back.getCreatedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(back.getVersion()).isZero();
        assertThat(back.getId()).hasSize(36).matches("[0-9a-f]{8}-[0-9a-f]{4}-7.*");
        long notes = k.read(s -> s.createQuery("select count(n) from TestBNote n", Long.class).getSingleResult());
        assertThat(notes).isEqualTo(1);
    }

    @Test
    void queriesReadCommittedDataWithoutASession() {
        DataKernelImpl k = open(dir.resolve("p.db"), true);
        k.run(s -> s.persist(new TestAItem("Dewi", "31.71.01.1001")));
        int n = k.query(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM test_a_item")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
        assertThat(n).isEqualTo(1);
        assertThatThrownBy(() -> k.query(c -> c.createStatement().executeQuery("SELECT * FROM no_such_table")))
                .isInstanceOf(id.pilar.core.persistence.DataAccessException.class).hasMessageContaining("no_such_table");
    }

    @Test
    void anExceptionRollsTheWholeUnitOfWorkBack() {
        DataKernelImpl k = open(dir.resolve("p.db"), true);
        assertThatThrownBy(() -> k.run(s -> {
            s.persist(new TestAItem("Budi", null));
            s.flush();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        long n = k.read(s -> s.createQuery("select count(a) from TestAItem a", Long.class).getSingleResult());
        assertThat(n).isZero();
    }

    @Test
    void foreignKeyViolationsAreRejectedAndRolledBack() {
        DataKernelImpl k = open(dir.resolve("p.db"), true);
        assertThatThrownBy(() -> k.run(s -> s.persist(new TestAItem("X", "99.99.99.9999")))).isInstanceOf(RuntimeException.class);
        assertThat(DatabaseHealth.check(k, k).healthy()).isTrue();
    }

    @Test
    void pendingMigrationsAreBackedUpFirstAndTheBackupHoldsTheOldSchema() throws Exception {
        Path db = dir.resolve("kantor.db");
        DataKernelImpl first = open(db, false);
        first.run(s -> s.persist(new TestAItem("Lama", null)));
        first.close();

        DataKernelImpl second = open(db, true);
        assertThat(second.createdNow()).isFalse();
        assertThat(second.preMigrationBackups()).hasSize(1);
        Path backup = second.preMigrationBackups().get(0);
        assertThat(backup.getParent().getFileName().toString()).isEqualTo("cadangan");
        assertThat(backup.getFileName().toString()).startsWith("kantor-pra-migrasi-");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT count(*) FROM test_a_item")).isEqualTo(1);
            assertThat(count(st, "SELECT count(*) FROM sqlite_master WHERE name='test_b_note'")).isZero();
        }
        long kept = second.read(s -> s.createQuery("select count(a) from TestAItem a", Long.class).getSingleResult());
        assertThat(kept).isEqualTo(1);
    }

    @Test
    void noBackupWhenNothingIsPending() {
        Path db = dir.resolve("p.db");
        open(db, true).close();
        DataKernelImpl again = open(db, true);
        assertThat(again.preMigrationBackups()).isEmpty();
        assertThat(dir.resolve("cadangan")).doesNotExist();
    }

    @Test
    void randomBytesAreRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve("acak.db");
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        Files.write(db, bytes);
        assertRefusedUnchanged(db, Reason.NOT_SQLITE);
        assertThat(Files.list(dir)).containsExactly(db);
    }

    @Test
    void aForeignSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve("lain.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            st.execute("INSERT INTO invoices (total) VALUES (12.5)");
        }
        assertRefusedUnchanged(db, Reason.FOREIGN_DATABASE);
    }

    @Test
    void aDatabaseFromANewerPilarIsRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve("baru.db");
        DataKernelImpl k = open(db, false);
        k.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO pilar_history_core (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'x', '2030-01-01', 1, 1)");
        }
        assertRefusedUnchanged(db, Reason.NEWER_SCHEMA);
    }

    @Test
    void aMissingFolderIsRefusedAndNotCreated() {
        Path db = dir.resolve("tidak-ada").resolve("pilar.db");
        DataKernelImpl k = TestSchemas.kernel();
        assertThatThrownBy(() -> k.open(DatabaseTarget.sqlite(db)))
                .isInstanceOfSatisfying(DatabaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_FOLDER))
                .hasMessageContaining("Folder basis data tidak ada");
        assertThat(db.getParent()).doesNotExist();
        assertThat(k.status().state().name()).isEqualTo("FAILED");
    }

    @Test
    void aReadOnlyFolderIsRefused() throws Exception {
        // Root ignores the permission bits (CI runs as root): the guard is then told the folder is
        // read-only, so the refusal path runs for every user.
        Path ro = Files.createDirectory(dir.resolve("ro"));
        ro.toFile().setWritable(false);
        try {
            DataKernelImpl k = TestSchemas.kernel();
            id.pilar.core.impl.db.ReadOnlyFolders.whileReadOnly(ro, () ->
                    assertThatThrownBy(() -> k.open(DatabaseTarget.sqlite(ro.resolve("p.db"))))
                            .isInstanceOfSatisfying(DatabaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_WRITABLE))
                            .hasMessageContaining(ro.toString()));
            assertThat(ro.resolve("p.db")).doesNotExist();
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void healthCheckReportsForeignKeyViolations() throws Exception {
        Path db = dir.resolve("p.db");
        DataKernelImpl k = open(db, true);
        assertThat(DatabaseHealth.check(k, k).healthy()).isTrue();
        k.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
            return null;
        });
        // A second connection without enforcement writes an orphan, as a buggy tool could.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO test_b_note (id, version, created_at, created_by, updated_at, updated_by, item_id, body) "
                    + "VALUES ('x', 0, 'a', 'b', 'c', 'd', 'no-such-item', 'orphan')");
        }
        DatabaseHealth h = DatabaseHealth.check(k, k);
        assertThat(h.healthy()).isFalse();
        assertThat(h.lines()).anyMatch(l -> l.contains("1 pelanggaran")).contains("HASIL: BERMASALAH");
    }

    private void assertRefusedUnchanged(Path db, Reason reason) throws Exception {
        String before = sha(db);
        DataKernelImpl k = TestSchemas.kernel(TestSchemas.A);
        assertThatThrownBy(() -> k.open(DatabaseTarget.sqlite(db)))
                .isInstanceOfSatisfying(DatabaseRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(db.toString());
        assertThat(sha(db)).isEqualTo(before);
        assertThat(dir.resolve("cadangan")).doesNotExist();
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private static int count(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
