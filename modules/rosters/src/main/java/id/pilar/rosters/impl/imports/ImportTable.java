package id.pilar.rosters.impl.imports;

import java.util.List;

/** A file's header and rows as text, whatever the format; row numbers as the user sees them. */
record ImportTable(List<String> header, List<Row> rows) {

    record Row(int number, List<String> values) {
    }
}
