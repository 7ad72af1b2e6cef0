package id.pilar.security.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * One backup file as its (authenticated) header describes it.
 *
 * @param schemaVersions module id → applied schema version at backup time
 * @param automatic      made by the automatic backup (subject to rotation)
 */
public record BackupInfo(Path file, Instant createdAt, String sourceName, String createdBy,
        Map<String, String> schemaVersions, long sizeBytes, boolean automatic) {
}
