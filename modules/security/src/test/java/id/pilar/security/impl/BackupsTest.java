package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.security.api.BackupInfo;
import id.pilar.security.api.BackupSettingsInfo;
import id.pilar.security.api.Backups.ProgressListener;
import id.pilar.security.api.Consents;
import id.pilar.security.api.RestoreResult;
import id.pilar.security.api.Role;
import id.pilar.security.api.SecurityRefusedException;
import id.pilar.testkit.TestDatabase;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackupsTest {

    private static final char[] PASS = "kunci-cadangan-kantor".toCharArray();

    private TestDatabase db;
    private Preferences prefs;
    private BackupsImpl backups;
    private ConsentsImpl consents;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
        Fixtures.actAs(Role.ADMIN);
        prefs = Fixtures.scratchPrefs();
        backups = new BackupsImpl(new BackupSettings(prefs));
        consents = new ConsentsImpl(db.transactions());
    }

    @AfterEach
    void close() {
        Fixtures.signOut();
        Fixtures.remove(prefs);
        db.close();
    }

    private Path backupWithOneConsent() {
        consents.record("orang-1", "Penyaluran bansos", LocalDate.of(2026, 6, 1), "Formulir F-001");
        Path out = db.folder().resolve("cadangan-1" + BackupsImpl.EXTENSION);
        BackupInfo info = backups.backup(out, PASS, ProgressListener.NONE);
        assertThat(info.schemaVersions()).containsEntry("security", "5").containsEntry("core", "3");
        assertThat(info.createdBy()).isEqualTo("test-admin");
        return out;
    }

    @Test
    void backupRoundTripsAndKeepsTheReplacedFileBeside() throws Exception {
        Path backup = backupWithOneConsent();
        assertThat(Files.readString(backup, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Formulir F-001");
        consents.record("orang-2", "Pendataan", LocalDate.of(2026, 6, 2), "Formulir F-002");
        assertThat(consents.forPerson("orang-2")).hasSize(1);

        RestoreResult r = backups.restore(backup, PASS, ProgressListener.NONE);

        assertThat(db.kernel().status().isReady()).isTrue();
        assertThat(consents.forPerson("orang-1")).extracting(Consents.ConsentInfo::evidence).containsExactly("Formulir F-001");
        assertThat(consents.forPerson("orang-2")).isEmpty();
        assertThat(r.replaced().getFileName().toString()).startsWith("pilar-test.diganti-").endsWith(".db");
        assertThat(SqliteFiles.check(r.replaced(), "integrity_check")).containsExactly("ok");
        try (Connection c = SqliteFiles.open(r.replaced()); Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM pdp_consent")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2); // the replaced file is complete on its own
        }
    }

    @Test
    void wrongPassphraseTruncatedAndAlteredBackupsChangeNothing() throws Exception {
        Path backup = backupWithOneConsent();
        consents.record("orang-2", "Pendataan", LocalDate.of(2026, 6, 2), "Formulir F-002");

        assertThatThrownBy(() -> backups.restore(backup, "kata-sandi-keliru".toCharArray(), ProgressListener.NONE))
                .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("Kata sandi cadangan salah");

        Path truncated = db.folder().resolve("terpotong.pilarbak");
        byte[] all = Files.readAllBytes(backup);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length - 100));
        assertThatThrownBy(() -> backups.restore(truncated, PASS, ProgressListener.NONE))
                .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("terpotong");

        Path altered = db.folder().resolve("diubah.pilarbak");
        Files.copy(backup, altered);
        try (RandomAccessFile f = new RandomAccessFile(altered.toFile(), "rw")) {
            f.seek(all.length - 40);
            int b = f.read();
            f.seek(all.length - 40);
            f.write(b ^ 0x01);
        }
        assertThatThrownBy(() -> backups.restore(altered, PASS, ProgressListener.NONE))
                .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("diubah atau rusak");

        Path headerAltered = db.folder().resolve("kepala-diubah.pilarbak");
        Files.write(headerAltered, new String(all, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("created.by=test-admin", "created.by=test-adnim").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> backups.restore(headerAltered, PASS, ProgressListener.NONE))
                .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("diubah atau rusak");

        Path notABackup = db.folder().resolve("bukan.pilarbak");
        Files.writeString(notABackup, "hello");
        assertThatThrownBy(() -> backups.restore(notABackup, PASS, ProgressListener.NONE))
                .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("bukan cadangan Pilar");

        assertThat(db.kernel().status().isReady()).isTrue();
        assertThat(consents.forPerson("orang-2")).hasSize(1);
        try (var files = Files.list(db.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("diganti") || n.endsWith(".tmp"));
        }
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() throws Exception {
        Path newer = db.folder().resolve("lebih-baru.db");
        SqliteFiles.snapshot(db.file(), newer);
        try (Connection c = SqliteFiles.open(newer); Statement st = c.createStatement()) {
            st.execute("INSERT INTO pilar_history_security (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (99, '99', 'masa depan', 'SQL', 'V99__x.sql', 0, 'x', "
                    + "'2030-01-01', 1, 1)");
        }
        Path backup = db.folder().resolve("lebih-baru.pilarbak");
        BackupsImpl.write(newer, backup, PASS, "uji", false, ProgressListener.NONE);

        assertThatThrownBy(() -> backups.restore(backup, PASS, ProgressListener.NONE))
                .isInstanceOf(SecurityRefusedException.class)
                .hasMessageContaining("versi Pilar yang lebih baru").hasMessageContaining("security");
        assertThat(db.kernel().status().isReady()).isTrue();
    }

    @Test
    void restoringOverADatabaseOpenElsewhereIsRefusedAndTheKernelReopens() throws Exception {
        Path backup = backupWithOneConsent();
        consents.record("orang-2", "Pendataan", LocalDate.of(2026, 6, 2), "Formulir F-002");
        try (Connection otherWindow = SqliteFiles.open(db.file()); Statement st = otherWindow.createStatement()) {
            st.executeQuery("SELECT count(*) FROM pdp_consent").close();
            assertThatThrownBy(() -> backups.restore(backup, PASS, ProgressListener.NONE))
                    .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("sedang dibuka");
        }
        assertThat(db.kernel().status().isReady()).isTrue();
        assertThat(consents.forPerson("orang-2")).hasSize(1);
    }

    @Test
    void onlyAdminsBackUpAndRestore() {
        Path backup = backupWithOneConsent();
        for (Role r : List.of(Role.OPERATOR, Role.PEKERJA_SOSIAL, Role.SUPERVISOR)) {
            Fixtures.actAs(r);
            assertThatThrownBy(() -> backups.backup(db.folder().resolve("x-" + r + ".pilarbak"), PASS, ProgressListener.NONE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backups.restore(backup, PASS, ProgressListener.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void automaticBackupsRotateToTheConfiguredCount() throws Exception {
        Path folder = db.folder().resolve("otomatis");
        backups.saveSettings(new BackupSettingsInfo(folder, 3, true, false, 10), PASS);
        for (int i = 0; i < 5; i++) {
            BackupInfo made = backups.automaticBackupNow();
            // Names carry the second: make the next one distinct without waiting.
            Files.move(made.file(), folder.resolve(BackupsImpl.AUTO_PREFIX + "pilar-test-2026010" + i + "-000000.pilarbak"));
        }
        BackupsImpl.rotate(folder, 3);
        List<BackupInfo> left = backups.list();
        assertThat(left).hasSize(3).allMatch(BackupInfo::automatic);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "pilar-otomatis-pilar-test-20260102-000000.pilarbak",
                    "pilar-otomatis-pilar-test-20260103-000000.pilarbak",
                    "pilar-otomatis-pilar-test-20260104-000000.pilarbak");
        }
    }
}
