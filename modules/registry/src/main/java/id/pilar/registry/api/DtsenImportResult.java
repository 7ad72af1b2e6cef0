package id.pilar.registry.api;

import java.nio.file.Path;

/**
 * How an import ended. A cancelled import wrote nothing ({@code imported} and {@code updated} 0).
 *
 * @param rejectReport the reject report (line number, reason, raw line), or null when none was rejected
 */
public record DtsenImportResult(String importId, long imported, long updated, long rejected, Path rejectReport,
        boolean cancelled) {

    /** The one summary line of the batch command. */
    public String summaryLine() {
        return "imported " + imported + ", updated " + updated + ", rejected " + rejected;
    }
}
