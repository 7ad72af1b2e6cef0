package id.pilar.registry.api;

import java.nio.file.Path;

/**
 * How a person import ended; a cancelled one wrote nothing.
 *
 * @param imported     people registered
 * @param updated      people already in the registry (same NIK) whose records were completed
 * @param households   KKs created or joined from the KK column
 * @param rejectReport line number, reason and row of each rejected row, or null when none was
 */
public record PersonImportResult(long imported, long updated, long rejected, long households, Path rejectReport,
        boolean cancelled) {

    /** The one summary line of the batch command, the same in every language. */
    public String summaryLine() {
        return "imported " + imported + ", updated " + updated + ", rejected " + rejected;
    }
}
