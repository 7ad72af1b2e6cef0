package id.pilar.intake.impl.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Reads a report list: CSV (comma or semicolon, UTF-8 with or without BOM) or the first sheet of
 * an XLSX workbook, every cell as text; date cells of a workbook become {@code dd/MM/yyyy HH:mm}
 * as a CSV would carry them.
 */
@Messages({
    "ERR_FileFormat=Format berkas tidak didukung: pakai .csv atau .xlsx.",
    "ERR_FileEmpty=Berkas kosong.",
    "ERR_NotXlsx=Berkas bukan XLSX yang sah.",
    "ERR_NotText=Berkas bukan teks UTF-8 (CSV); simpan ulang sebagai CSV UTF-8 atau XLSX."
})
final class ReportFiles {

    record Table(List<String> header, List<Line> lines) {
    }

    record Line(int number, List<String> values) {
    }

    private ReportFiles() {
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
        byte[] head = new byte[Math.min(4, (int) Files.size(file))];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            throw new IOException(Bundle.ERR_NotText()); // a workbook renamed .csv
        }
        char delimiter;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                throw new IOException(Bundle.ERR_FileEmpty());
            }
            delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(Bundle.ERR_NotText(), e);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get().parse(r)) {
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            int number = 1;
            for (CSVRecord rec : p) {
                List<String> values = new ArrayList<>();
                rec.forEach(values::add);
                if (header == null) {
                    if (!values.isEmpty()) {
                        values.set(0, values.get(0).replace("\uFEFF", ""));
                    }
                    header = values;
                } else if (!values.stream().allMatch(String::isBlank)) {
                    lines.add(new Line(number, values));
                }
                number++;
            }
            if (header == null) {
                throw new IOException(Bundle.ERR_FileEmpty());
            }
            return new Table(header, lines);
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(Bundle.ERR_NotText(), e);
        }
    }

    private static Table xlsx(Path file) throws IOException {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                int width = header == null ? row.getLastCellNum() : header.size();
                for (int c = 0; c < Math.max(0, width); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        values.add(cell.getLocalDateTimeCellValue().format(f));
                    } else {
                        values.add(fmt.formatCellValue(cell).strip());
                    }
                }
                if (header == null) {
                    header = values;
                } else if (!values.stream().allMatch(String::isBlank)) {
                    lines.add(new Line(row.getRowNum() + 1, values));
                }
            }
            if (header == null) {
                throw new IOException(Bundle.ERR_FileEmpty());
            }
            return new Table(header, lines);
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw new IOException(Bundle.ERR_NotXlsx(), e);
        }
    }

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
}
