package id.pilar.atlas.api;

import java.nio.file.Path;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Population figures per kelurahan from a CSV file (columns {@code kode_kemendagri} — or
 * {@code kode_bps}, or BPS codes in the first — {@code tahun} and {@code jumlah_penduduk}, as in
 * the Satu Data Jakarta extract). The latest year imported replaces the shipped 2024 figures in the
 * index. Rows that cannot be read are rejected with their reason; the others are saved in one
 * transaction. Checks {@link AtlasPermissions#IMPORT}.
 */
public interface PopulationImport {

    /** A row not imported: its line in the file, the code it named and why. */
    record Reject(int line, String kode, String reason) {
    }

    /**
     * @param imported rows saved (a kelurahan and year already present is replaced)
     * @param years    the years the file held
     */
    record Result(int imported, List<Integer> years, List<Reject> rejected) {

        /** The fixed machine-readable line of the batch output. */
        public String line() {
            return "imported " + imported + ", rejected " + rejected.size();
        }
    }

    Result importCsv(Path file);

    static PopulationImport get() {
        return Lookup.getDefault().lookup(PopulationImport.class);
    }
}
