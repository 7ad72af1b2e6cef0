package id.pilar.rosters.api;

import java.util.List;

/**
 * A report as rows of typed cells, the same for the screen, PDF and XLSX.
 *
 * @param rows cells are {@code String}, {@code Long} (counts) or {@link Hours}
 */
public record ReportTable(String title, String subtitle, List<Column> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> (List<Object>) java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    public enum Type { TEXT, NUMBER, HOURS }

    public record Column(String header, Type type) {
    }

    /** Service time in minutes; shown as hours with one decimal. */
    public record Hours(long minutes) {
        public double hours() {
            return minutes / 60.0;
        }
    }
}
