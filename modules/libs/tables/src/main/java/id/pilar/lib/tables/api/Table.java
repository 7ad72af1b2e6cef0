package id.pilar.lib.tables.api;

import java.util.List;

/**
 * A list as read from a file: its header row and its data rows as text, whatever the format.
 * Blank rows are left out; row numbers are the ones a spreadsheet shows (the header is row 1).
 */
public record Table(List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row; {@code values} may be shorter or longer than the header. */
    public record Row(int number, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** The trimmed value of column {@code index}, "" when the row has no such cell. */
        public String value(int index) {
            return index < 0 || index >= values.size() || values.get(index) == null ? "" : values.get(index).trim();
        }

        /** The row as one line (cells joined with ';'), for reject reports. */
        public String raw() {
            return String.join(";", values);
        }
    }
}
