package id.pilar.security.api;

import java.nio.file.Path;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Encrypted backups of the SQLite database and restoring them.
 *
 * <p>A backup is a consistent online copy made by SQLite ({@code VACUUM INTO}) while Pilar keeps
 * working, compressed and encrypted with AES-256-GCM under a key derived from a passphrase
 * (PBKDF2-HMAC-SHA256). Any change to the file, a truncated file or a wrong passphrase is detected
 * before anything is written. Restore checks the decrypted copy (integrity, Pilar file, schema not
 * newer than this application), keeps the replaced database beside it as
 * {@code <name>.diganti-<stamp>.db} and reopens.
 */
public interface Backups {

    /** File name extension of Pilar backups. */
    String EXTENSION = ".pilarbak";

    /** Writes an encrypted backup of the open database to {@code out}. */
    BackupInfo backup(Path out, char[] passphrase, ProgressListener progress);

    /** Reads the header of a backup (no passphrase needed): when, which database, schema versions. */
    BackupInfo describe(Path backup);

    /** Replaces the open database with the backup, after every check passed. */
    RestoreResult restore(Path backup, char[] passphrase, ProgressListener progress);

    /**
     * Recovery: restores the newest backup in the backup folder that passes every check, trying
     * older ones when a newer one is damaged, altered or from a newer application.
     *
     * @param passphrase null to use the stored passphrase of the automatic backups
     */
    RestoreResult restoreLatestGood(char[] passphrase, ProgressListener progress);

    /** Automatic and manual backups in the backup folder, newest first. */
    List<BackupInfo> list();

    /** Makes an automatic backup now (rotation applied) with the stored passphrase. */
    BackupInfo automaticBackupNow();

    BackupSettingsInfo settings();

    /** The state of the automatic backups on this PC (any signed-in user may see it). */
    BackupStatus status();

    /** The last failure of an automatic backup was told to the user. */
    void failureTold();

    /**
     * First start: stores the passphrase of the automatic backups and switches them on
     * (Admin; the passphrase must follow {@link #PASSPHRASE_MIN} and the rules of a backup).
     */
    void activateAutomatic(char[] passphrase);

    /** Shortest backup passphrase accepted. */
    int PASSPHRASE_MIN = 10;

    void saveSettings(BackupSettingsInfo settings, char[] newPassphraseOrNull);

    /** Progress of a long job; {@code cancelled()} stops it before anything is replaced. */
    interface ProgressListener {
        void step(String message);

        default boolean cancelled() {
            return false;
        }

        ProgressListener NONE = message -> { };
    }

    static Backups get() {
        return Lookup.getDefault().lookup(Backups.class);
    }
}
