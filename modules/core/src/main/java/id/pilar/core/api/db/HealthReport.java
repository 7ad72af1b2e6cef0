package id.pilar.core.api.db;

import java.util.List;

/**
 * The result of checking the open database (the same as {@code --check}).
 *
 * @param healthy integrity and foreign keys fine, every module fully migrated
 * @param lines   the report, one finding per line, Indonesian
 */
public record HealthReport(boolean healthy, List<String> lines) {

    public HealthReport {
        lines = List.copyOf(lines);
    }
}
