package id.pilar.lib.tables.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openide.util.NbBundle.Messages;

/**
 * Reads a list from CSV or from the first sheet of an XLSX workbook, as text. CSV: the delimiter
 * of the header line ({@code ,} {@code ;} {@code |} or tab, as Indonesian Excel and other systems
 * save it), UTF-8 with or without BOM, else Windows-1252. XLSX: a number typed into a NIK cell keeps
 * all 16 digits, a date cell becomes {@code yyyy-MM-dd}, or {@code yyyy-MM-dd HH:mm} when it holds a time
 * of day.
 */
@Messages({
    "ERR_TableFormat=Format berkas tidak didukung: pakai .csv atau .xlsx.",
    "ERR_TableEmpty=Berkas kosong: tidak ada baris judul.",
    "ERR_TableNotXlsx=Berkas bukan XLSX yang sah.",
    "# {0} - file name",
    "ERR_TableUnreadable=Berkas {0} tidak dapat dibaca."
})
public final class TableFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TableFiles() {
    }

    /** Whether the file's name says a format this reader knows. */
    public static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".xlsx");
    }

    /**
     * The whole list.
     *
     * @throws TableFileException when the file is not CSV/XLSX, is empty or is not a workbook
     * @throws IOException when it cannot be read at all
     */
    public static Table read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new TableFileException("ERR_TableUnreadable", Bundle.ERR_TableUnreadable(file.getFileName()), null);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsx(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(Files.readAllBytes(file));
        }
        throw new TableFileException("ERR_TableFormat", Bundle.ERR_TableFormat(), null);
    }

    static Table csv(byte[] bytes) throws IOException {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        if (first.isBlank()) {
            throw new TableFileException("ERR_TableEmpty", Bundle.ERR_TableEmpty(), null);
        }
        char delimiter = delimiter(first);
        try (Reader r = new StringReader(text);
                CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get().parse(r)) {
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord rec : p) {
                List<String> values = new ArrayList<>();
                rec.forEach(values::add);
                if (header == null) {
                    header = values;
                } else if (values.stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new Table.Row((int) rec.getRecordNumber(), values));
                }
            }
            if (header == null) {
                throw new TableFileException("ERR_TableEmpty", Bundle.ERR_TableEmpty(), null);
            }
            return new Table(header, rows);
        }
    }

    /** The candidate that occurs most often in the header line (comma when none does). */
    static char delimiter(String headerLine) {
        char best = ',';
        long most = 0;
        for (char c : new char[] {',', ';', '|', '\t'}) {
            long n = headerLine.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    /** UTF-8 when the bytes are valid UTF-8 (old Excel exports are Windows-1252). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Table xlsx(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw new TableFileException("ERR_TableEmpty", Bundle.ERR_TableEmpty(), null);
        }
        try (InputStream in = new ByteArrayInputStream(bytes); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                int width = header == null ? row.getLastCellNum() : Math.max(header.size(), row.getLastCellNum());
                List<String> values = new ArrayList<>();
                for (int i = 0; i < Math.max(0, width); i++) {
                    values.add(text(row.getCell(i), fmt));
                }
                if (header == null) {
                    if (values.stream().anyMatch(v -> !v.isBlank())) {
                        header = values;
                    }
                } else if (values.stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new Table.Row(row.getRowNum() + 1, values));
                }
            }
            if (header == null) {
                throw new TableFileException("ERR_TableEmpty", Bundle.ERR_TableEmpty(), null);
            }
            return new Table(header, rows);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException
                | java.util.zip.ZipException e) {
            throw new TableFileException("ERR_TableNotXlsx", Bundle.ERR_TableNotXlsx(), e);
        }
    }

    /** Dates become ISO text; a whole number (a NIK typed as a number) all its digits, no 3.17E+15. */
    private static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDateTime t = cell.getLocalDateTimeCellValue();
                if (t == null) {
                    return "";
                }
                // A time of day is kept (a report's receipt); a plain date, as every birth date is, stays a date.
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                        : t.toLocalDate() + " " + t.toLocalTime().withSecond(0).withNano(0);
            }
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e17) {
                return new java.math.BigDecimal(d).toPlainString();
            }
        }
        return fmt.formatCellValue(cell).trim();
    }
}
