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

    /** A cell as Indonesian text: counts as 1.234, hours as 12,5; the same on screen and in the PDF. */
    public static String display(Object cell) {
        if (cell == null) {
            return "";
        }
        java.text.DecimalFormatSymbols sym = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        sym.setGroupingSeparator('.');
        sym.setDecimalSeparator(',');
        if (cell instanceof Hours h) {
            return new java.text.DecimalFormat("#,##0.0", sym).format(h.hours());
        }
        if (cell instanceof Number n) {
            return new java.text.DecimalFormat("#,##0", sym).format(n.longValue());
        }
        return cell.toString();
    }

    public record Column(String header, Type type) {
    }

    /** Service time in minutes; shown as hours with one decimal. */
    public record Hours(long minutes) {
        public double hours() {
            return minutes / 60.0;
        }
    }
}
