package id.pilar.security.impl;

import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.security.api.BackupSettingsInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.prefs.Preferences;

/**
 * Backup and screen-lock settings of this PC, in the OS user's preferences (beside core's
 * database setting, outside the platform user directory, so window and batch agree).
 *
 * <p>The passphrase for automatic backups is stored here, encoded but not encrypted: the backup
 * encryption protects copies that leave the PC (USB disk, cloud folder); the PC itself is
 * protected by its Windows/Linux login. An office that does not want this leaves it empty and
 * backs up by hand.
 */
final class BackupSettings {

    static final int DEFAULT_KEEP = 7;
    static final int DEFAULT_IDLE_MINUTES = 10;

    private final Preferences prefs;

    BackupSettings() {
        this(Preferences.userRoot().node("id/pilar/security"));
    }

    BackupSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The configured folder, else {@code cadangan} beside the database (core's pre-migration backups go there too). */
    Path folder(DatabaseTarget target) {
        String f = prefs.get("backup.folder", "");
        if (!f.isBlank()) {
            return Path.of(f);
        }
        return target.sqliteFile().toAbsolutePath().getParent().resolve("cadangan");
    }

    int keep() {
        return Math.max(1, prefs.getInt("backup.keep", DEFAULT_KEEP));
    }

    boolean automatic() {
        return prefs.getBoolean("backup.automatic", true);
    }

    int idleLockMinutes() {
        return Math.max(0, prefs.getInt("lock.idle.minutes", DEFAULT_IDLE_MINUTES));
    }

    char[] passphrase() {
        String v = prefs.get("backup.passphrase", "");
        return v.isEmpty() ? null : new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8).toCharArray();
    }

    BackupSettingsInfo info(DatabaseTarget target) {
        return new BackupSettingsInfo(target != null && target.isSqlite() ? folder(target) : null, keep(), automatic(),
                passphrase() != null, idleLockMinutes());
    }

    void save(BackupSettingsInfo s, char[] newPassphrase) {
        prefs.put("backup.folder", s.folder() == null ? "" : s.folder().toString());
        prefs.putInt("backup.keep", Math.max(1, s.keep()));
        prefs.putBoolean("backup.automatic", s.automatic());
        prefs.putInt("lock.idle.minutes", Math.max(0, s.idleLockMinutes()));
        if (newPassphrase != null) {
            prefs.put("backup.passphrase", newPassphrase.length == 0 ? ""
                    : Base64.getEncoder().encodeToString(new String(newPassphrase).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Automatic backups on, with this passphrase; the folder and the other settings stay as they are. */
    void activate(char[] passphrase) {
        prefs.putBoolean("backup.automatic", true);
        prefs.put("backup.passphrase", Base64.getEncoder().encodeToString(new String(passphrase).getBytes(StandardCharsets.UTF_8)));
    }

    /** The last automatic backup that worked (this PC), or null. */
    java.time.Instant lastSuccess() {
        return instant("backup.last.ok");
    }

    /** When the last automatic backup failed, if it failed after the last that worked; else null. */
    java.time.Instant lastFailure() {
        return instant("backup.last.failed");
    }

    String lastFailureReason() {
        return prefs.get("backup.last.failed.reason", "");
    }

    /** Whether the last failure was already shown at a start. */
    boolean failureShown() {
        return prefs.getBoolean("backup.last.failed.shown", false);
    }

    void recordSuccess(java.time.Instant at) {
        prefs.put("backup.last.ok", at.toString());
        prefs.remove("backup.last.failed");
        prefs.remove("backup.last.failed.reason");
        prefs.remove("backup.last.failed.shown");
    }

    void recordFailure(java.time.Instant at, String reason) {
        prefs.put("backup.last.failed", at.toString());
        prefs.put("backup.last.failed.reason", reason == null ? "" : reason);
        prefs.putBoolean("backup.last.failed.shown", false);
    }

    void markFailureShown() {
        prefs.putBoolean("backup.last.failed.shown", true);
    }

    private java.time.Instant instant(String key) {
        String v = prefs.get(key, "");
        try {
            return v.isEmpty() ? null : java.time.Instant.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
