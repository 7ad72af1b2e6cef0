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
}
