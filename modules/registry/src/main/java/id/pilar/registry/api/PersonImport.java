package id.pilar.registry.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.openide.util.Lookup;

/**
 * Lists of people from other systems (kelurahan spreadsheets, OpenSID exports), CSV or XLSX:
 * columns mapped to fields, rows matched against the registry (NIK first, then the duplicate
 * check), households built from the KK column, all in one transaction, rejected rows in a report.
 */
public interface PersonImport {

    /**
     * Reads the file's headers and first rows and proposes a mapping.
     *
     * @param source where the list comes from (a kelurahan, a village's OpenSID); its saved mapping
     *               is used when it fits the file; null or blank for none
     */
    PersonImportPreview preview(Path file, String source) throws IOException;

    /**
     * Imports the file. With a {@code source}, the mapping is saved for it in the same transaction.
     *
     * @param mapping      field to column index; null to detect from the headers
     * @param rejectReport where rejected rows go; null for {@code <file>.rejects.csv}
     * @param rowsDone     receives the number of rows read so far
     * @param cancelled    polled per row; true rolls everything back
     * @throws IOException when the file cannot be read at all
     * @throws RegistryException when no column maps to the NIK or the name
     */
    PersonImportResult importFile(Path file, String source, Map<PersonImportField, Integer> mapping, Path rejectReport,
            IntConsumer rowsDone, BooleanSupplier cancelled) throws IOException;

    /** Sources with a saved mapping, by name. */
    List<String> sources();

    /** The saved mapping of a source as field to header name; empty when none. */
    Map<PersonImportField, String> savedMapping(String source);

    static PersonImport get() {
        return Lookup.getDefault().lookup(PersonImport.class);
    }
}
