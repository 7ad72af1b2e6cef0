package id.pilar.security.api;

import java.nio.file.Path;

/**
 * Settings of the automatic backup on this PC.
 *
 * @param folder        where backups go (default: {@code cadangan} beside the database)
 * @param keep          how many automatic backups to keep (older ones are deleted)
 * @param automatic     back up on exit and once a day
 * @param passphraseSet a passphrase for automatic backups is stored
 * @param idleLockMinutes lock the screen after this many minutes without input (0 = never)
 */
public record BackupSettingsInfo(Path folder, int keep, boolean automatic, boolean passphraseSet, int idleLockMinutes) {
}
