package id.pilar.rosters.api;

import java.io.IOException;
import java.nio.file.Path;
import org.openide.util.Lookup;

/**
 * Imports a member list from CSV or XLSX. Columns (any order, header names case-insensitive):
 * {@code nik, nama, jenis_kelamin, tanggal_lahir, telepon, kelurahan} and optionally
 * {@code organisasi} (registration number or name), {@code peran}, {@code mulai}.
 */
public interface MemberImport {

    /** Reads and checks every row; writes nothing. */
    ImportPreview preview(Path file) throws IOException;

    /**
     * Imports the valid rows of a preview in one transaction: all of them or, when cancelled or
     * failing, none.
     *
     * @return members imported
     */
    int importValid(ImportPreview preview, WorkProgress progress);

    /** Writes the rejected rows with their reasons as CSV (UTF-8, opens in a spreadsheet). */
    void writeRejectReport(ImportPreview preview, Path file) throws IOException;

    static MemberImport get() {
        return Lookup.getDefault().lookup(MemberImport.class);
    }
}
