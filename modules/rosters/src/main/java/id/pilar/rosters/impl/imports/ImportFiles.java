package id.pilar.rosters.impl.imports;

import id.pilar.lib.tables.api.Table;
import id.pilar.lib.tables.api.TableFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a member list from CSV or from the first sheet of an XLSX workbook, as text cells,
 * through the one reader of the application ({@code pilar-lib-tables}); its refusals
 * ({@code TableFileException}) carry their own sentence for the user.
 */
final class ImportFiles {

    private ImportFiles() {
    }

    static ImportTable read(Path file) throws IOException {
        Table t = TableFiles.read(file);
        return new ImportTable(t.header(), t.rows().stream().map(r -> new ImportTable.Row(r.number(), r.values())).toList());
    }
}
