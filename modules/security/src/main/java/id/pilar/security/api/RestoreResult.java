package id.pilar.security.api;

import java.nio.file.Path;

/**
 * What a restore did.
 *
 * @param database  the database that now holds the backup's data
 * @param replaced  where the database that was replaced is kept
 * @param backup    the header of the backup that was restored
 */
public record RestoreResult(Path database, Path replaced, BackupInfo backup) {
}
