package id.pilar.rosters.impl.export;

import id.pilar.rosters.api.ReportTable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Report cells as Indonesian text: 1.234 for counts, 12,5 for hours. */
public final class Cells {

    private Cells() {
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return s;
    }

    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof ReportTable.Hours h) {
            return new DecimalFormat("#,##0.0", symbols()).format(h.hours());
        }
        if (v instanceof Number n) {
            return new DecimalFormat("#,##0", symbols()).format(n.longValue());
        }
        return v.toString();
    }
}
