package id.pilar.atlas.impl;

import java.util.List;

/**
 * One table of the monthly report, the same for its XLSX and its PDF: cells are text, whole
 * counts ({@link Long}) or one-decimal values ({@link Double}, already rounded) so both files
 * show exactly the same figures. The last row is the total when {@code hasTotal}.
 */
record ReportTable(String title, List<String> headers, List<List<Object>> rows, boolean hasTotal) {

    /** Rounds to one decimal, the way both files show an index. */
    static double oneDecimal(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
