package id.pilar.core.api.db;

import java.util.List;

/**
 * Migration status of one module's history in the open database.
 *
 * @param moduleId       the module
 * @param appliedVersion highest applied version, or "-" when none
 * @param latestVersion  highest version this application ships
 * @param pending        versions shipped but not applied
 * @param failed         versions recorded as failed
 */
public record MigrationReport(String moduleId, String appliedVersion, String latestVersion,
        List<String> pending, List<String> failed) {

    public boolean healthy() {
        return pending.isEmpty() && failed.isEmpty();
    }
}
