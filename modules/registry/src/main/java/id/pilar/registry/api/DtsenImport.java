package id.pilar.registry.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.openide.util.Lookup;

/**
 * Imports a DTSEN/DTKS extract: all accepted rows in one transaction (cancel or failure leaves
 * nothing), rejected rows in a report beside the file, re-imports update instead of duplicating.
 */
public interface DtsenImport {

    /** Reads the start of the file: delimiter, encoding, header mapping, a few rows. */
    DtsenFilePreview preview(Path csv) throws IOException;

    /**
     * Imports the file.
     *
     * @param mapping      field to column, usually {@link DtsenFilePreview#mapping()}; null to detect
     * @param rejectReport where rejected rows go; null for {@code <csv>.rejects.csv}
     * @param bytesRead    receives progress in bytes of the file
     * @param cancelled    polled often; true rolls everything back
     * @throws IOException when the file cannot be read at all, or has no usable columns
     */
    DtsenImportResult importFile(Path csv, Map<DtsenField, Integer> mapping, Path rejectReport, LongConsumer bytesRead,
            BooleanSupplier cancelled) throws IOException;

    static DtsenImport get() {
        return Lookup.getDefault().lookup(DtsenImport.class);
    }
}
