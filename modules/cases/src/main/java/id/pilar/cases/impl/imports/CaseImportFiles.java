package id.pilar.cases.impl.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * Reads an old case list: CSV (comma or semicolon, as Indonesian Excel saves it; UTF-8 with or
 * without BOM) or the first sheet of an XLSX workbook, every cell as text. Date cells of a
 * workbook become {@code dd/MM/yyyy}, as typed in a CSV.
 */
@Messages({
    "ERR_FileFormat=Format berkas tidak didukung: pakai .csv atau .xlsx.",
    "ERR_FileEmpty=Berkas kosong.",
    "ERR_NotXlsx=Berkas bukan XLSX yang sah."
})
final class CaseImportFiles {

    record Table(List<String> header, List<Line> lines) {
    }

    record Line(int number, List<String> values) {
    }

    private CaseImportFiles() {
    }

    static Table read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsx(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv(file);
        }
        throw new IOException(Bundle.ERR_FileFormat());
    }

    private static Table csv(Path file) throws IOException {
        char delimiter;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                throw new IOException(Bundle.ERR_FileEmpty());
            }
            delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get().parse(r)) {
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord rec : p) {
                List<String> values = new ArrayList<>();
                rec.forEach(values::add);
                if (header == null) {
                    if (!values.isEmpty()) {
                        values.set(0, values.get(0).replace("\uFEFF", ""));
                    }
                    header = values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
                } else if (values.stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(new Line((int) rec.getRecordNumber(), values));
                }
            }
            if (header == null) {
                throw new IOException(Bundle.ERR_FileEmpty());
            }
            return new Table(header, lines);
        }
    }

    private static Table xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                int width = header == null ? row.getLastCellNum() : header.size();
                List<String> values = new ArrayList<>();
                for (int i = 0; i < Math.max(0, width); i++) {
                    values.add(text(row.getCell(i), fmt));
                }
                if (header == null) {
                    header = values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
                } else if (values.stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, values));
                }
            }
            if (header == null) {
                throw new IOException(Bundle.ERR_FileEmpty());
            }
            return new Table(header, lines);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
            throw new IOException(Bundle.ERR_NotXlsx(), e);
        }
    }

    /** Date cells as dd/MM/yyyy; a NIK typed as a number keeps all 16 digits. */
    private static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return DateTimeFormatter.ofPattern("dd/MM/uuuu").format(LocalDate.ofInstant(cell.getDateCellValue().toInstant(), ZoneId.systemDefault()));
            }
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e17) {
                return new java.math.BigDecimal(d).toPlainString();
            }
        }
        return fmt.formatCellValue(cell).trim();
    }
}
