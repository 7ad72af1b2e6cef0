package id.pilar.atlas.api;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.BooleanSupplier;
import org.openide.util.Lookup;

/**
 * The rekap bulanan for the provincial office: per kecamatan, per kelurahan and per PPKS category,
 * the counts of every installed source for a calendar month (events in the month, states on its
 * last day), as XLSX and PDF with the same figures. Checks {@link AtlasPermissions#REPORT}.
 */
public interface MonthlyReport {

    /** The two files written. */
    record Written(Path xlsx, Path pdf) {
    }

    /**
     * Writes {@code rekap-bulanan-YYYY-MM.xlsx} and {@code .pdf} into {@code folder}, each through a
     * temporary file moved into place, so a failure or a cancel leaves no half-written file.
     *
     * @param cancelled polled between the steps; when true nothing is left behind
     * @return the files, or null when cancelled
     */
    Written write(YearMonth month, Path folder, BooleanSupplier cancelled);

    /** {@code rekap-bulanan-2026-11}: the files' name without extension. */
    static String baseName(YearMonth month) {
        return "rekap-bulanan-" + month;
    }

    static MonthlyReport get() {
        return Lookup.getDefault().lookup(MonthlyReport.class);
    }
}
