package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.time.JakartaTime;
import id.pilar.security.api.BackupInfo;
import id.pilar.security.api.BackupSettingsInfo;
import id.pilar.security.api.BackupStatus;
import id.pilar.security.api.Backups.ProgressListener;
import id.pilar.security.api.RestoreResult;
import id.pilar.security.api.Role;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Automatic backups never fail silently: off without a passphrase, failures remembered and told once. */
class BackupStatusTest {

    private static final char[] PASS = "kunci-cadangan-kantor".toCharArray();

    private TestDatabase db;
    private Preferences prefs;
    private BackupSettings settings;
    private BackupsImpl backups;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
        Fixtures.actAs(Role.ADMIN);
        prefs = Fixtures.scratchPrefs();
        settings = new BackupSettings(prefs);
        backups = new BackupsImpl(settings);
    }

    @AfterEach
    void close() {
        Fixtures.signOut();
        Fixtures.remove(prefs);
        db.close();
    }

    @Test
    void withoutAPassphraseNoBackupIsMadeAndTheStatusSaysNotActive() {
        assertThat(settings.automatic()).as("ticked by default").isTrue();
        assertThat(AutomaticBackup.runIfDue(settings, true)).isFalse();
        BackupStatus s = backups.status();
        assertThat(s.active()).isFalse();
        assertThat(s.lastBackup()).isNull();
    }

    @Test
    void theFirstStartPassphraseSwitchesAutomaticBackupsOn() {
        backups.activateAutomatic(PASS);
        assertThat(backups.status().active()).isTrue();
        assertThat(AutomaticBackup.runIfDue(settings, true)).isTrue();
        BackupStatus s = backups.status();
        assertThat(s.lastBackup()).isNotNull();
        assertThat(s.failedAt()).isNull();
    }

    @Test
    void aFailedAutomaticBackupIsRememberedToldOnceAndClearedByTheNextGoodOne() throws Exception {
        backups.activateAutomatic(PASS);
        Path notAFolder = Files.writeString(db.folder().resolve("bukan-folder"), "x");
        prefs.put("backup.folder", notAFolder.toString());
        assertThat(AutomaticBackup.runIfDue(settings, true)).isFalse();

        BackupStatus failed = backups.status();
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.failureToTell()).isTrue();
        backups.failureTold();
        assertThat(backups.status().failureToTell()).isFalse();
        assertThat(backups.status().failedAt()).as("still shown in the status line").isNotNull();

        prefs.put("backup.folder", db.folder().resolve("cadangan-baik").toString());
        assertThat(AutomaticBackup.runIfDue(settings, true)).isTrue();
        assertThat(backups.status().failedAt()).isNull();
    }

    @Test
    void theReplacedFileAfterARestoreIsNamedInJakartaTime() {
        backups.saveSettings(new BackupSettingsInfo(db.folder().resolve("c"), 7, false, false, 10), null);
        BackupInfo made = backups.backup(db.folder().resolve("satu" + BackupsImpl.EXTENSION), PASS, ProgressListener.NONE);
        Clock before = JakartaTime.useClock(Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC));
        try {
            RestoreResult r = backups.restore(made.file(), PASS, ProgressListener.NONE);
            assertThat(r.replaced().getFileName().toString()).isEqualTo("pilar-test.diganti-20261202-063000.db");
        } finally {
            JakartaTime.useClock(before);
        }
    }
}
