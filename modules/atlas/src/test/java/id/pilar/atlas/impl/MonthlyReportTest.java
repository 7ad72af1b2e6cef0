package id.pilar.atlas.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.pilar.atlas.AtlasFixtures;
import id.pilar.atlas.api.AtlasException;
import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.MonthlyReport;
import id.pilar.testkit.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rekap bulanan of November 2026 over the real registry, cases and intake sources: the XLSX
 * read back with POI and the PDF's text read with OpenPDF show the same totals, and those are the
 * database's counts.
 */
class MonthlyReportTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static TestDatabase db;
    static Map<String, String> labels = new LinkedHashMap<>();

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        AtlasFixtures.signInAsAdmin();
        AtlasFixtures.november(db.transactions());
        for (AtlasIndicator i : new AtlasServiceImpl().indicators()) {
            labels.put(i.id(), i.label());
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static long sql(String query) {
        return db.transactions().query(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(query)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void xlsxAndPdfShowTheDatabasesCounts(@TempDir Path out) throws IOException {
        MonthlyReport.Written w = new MonthlyReportImpl().write(NOVEMBER, out, () -> false);
        assertThat(w.xlsx().getFileName()).hasToString("rekap-bulanan-2026-11.xlsx");
        assertThat(w.pdf().getFileName()).hasToString("rekap-bulanan-2026-11.pdf");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rekap-bulanan-2026-11.xlsx", "rekap-bulanan-2026-11.pdf");
        }

        List<List<Object>> xlsxTotals = new ArrayList<>();
        Map<String, Long> kelurahanTotals;
        try (InputStream in = Files.newInputStream(w.xlsx()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            for (Sheet s : wb) {
                xlsxTotals.add(numbers(s.getRow(s.getLastRowNum())));
            }
            kelurahanTotals = totalsByHeader(wb.getSheetAt(1));
            Sheet kel = wb.getSheetAt(1);
            Map<String, Long> gambir = rowByCode(kel, AtlasFixtures.GAMBIR);
            assertThat(gambir.get(labels.get("registry.ppks_people"))).isEqualTo(3);
            assertThat(gambir.get(labels.get("cases.open"))).isEqualTo(2);
        }

        // The database, counted here with the plainest SQL (the fixture's hand counts in the comments).
        assertThat(kelurahanTotals.get(labels.get("cases.new")))
                .isEqualTo(sql("SELECT COUNT(*) FROM case_file WHERE tanggal_buka BETWEEN '2026-11-01' AND '2026-11-30'")).isEqualTo(2);
        assertThat(kelurahanTotals.get(labels.get("cases.open")))
                .isEqualTo(sql("SELECT COUNT(*) FROM case_file WHERE tanggal_buka <= '2026-11-30' AND tanggal_tutup IS NULL")).isEqualTo(3);
        assertThat(kelurahanTotals.get(labels.get("intake.reports_30")))
                .isEqualTo(sql("SELECT COUNT(*) FROM intake_report WHERE tanggal LIKE '2026-11-%' AND status <> 'DUPLIKAT'")).isEqualTo(2);
        assertThat(kelurahanTotals.get(labels.get("registry.ppks_people"))).isEqualTo(sql(
                "SELECT COUNT(DISTINCT p.id) FROM reg_person p JOIN reg_person_kategori k ON k.person_id = p.id"
                        + " WHERE p.status = 'AKTIF' AND (k.selesai IS NULL OR k.selesai > '2026-11-30')")).isEqualTo(5);
        assertThat(kelurahanTotals.get(Bundle.COL_Population()))
                .as("population total").isEqualTo(sql("SELECT SUM(penduduk_2024) FROM ref_kelurahan"));

        assertThat(kelurahanTotals.get(labels.get("rosters.active_members")))
                .isEqualTo(sql("SELECT COUNT(*) FROM ros_membership WHERE end_date IS NULL")).isEqualTo(2);
        assertThat(kelurahanTotals.get(labels.get("rosters.tksk_kecamatan"))).as("one TKSK, once").isEqualTo(1);

        // The kecamatan table adds up to the same totals as the kelurahan table.
        assertThat(xlsxTotals.get(0)).isEqualTo(xlsxTotals.get(1).subList(0, xlsxTotals.get(0).size()));

        // The PDF: the same total rows, in the same order, read from its text.
        List<List<Object>> pdfTotals = pdfTotals(w.pdf());
        assertThat(pdfTotals).as(pdfText(w.pdf())).hasSize(3);
        for (int t = 0; t < 3; t++) {
            assertThat(pdfTotals.get(t)).as("table " + t).isEqualTo(xlsxTotals.get(t));
        }
    }

    @Test
    void aFolderThatIsNotThereIsRefusedAndNothingIsWritten(@TempDir Path out) {
        Path missing = out.resolve("tidak-ada");
        assertThatThrownBy(() -> new MonthlyReportImpl().write(NOVEMBER, missing, () -> false))
                .isInstanceOfSatisfying(AtlasException.class, e -> assertThat(e.code()).isEqualTo("ERR_Folder"));
        assertThat(missing).doesNotExist();
    }

    @Test
    void aCancelLeavesNoFile(@TempDir Path out) throws IOException {
        assertThat(new MonthlyReportImpl().write(NOVEMBER, out, () -> true)).isNull();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    /** The numeric cells of a row (the figures), in order. */
    static List<Object> numbers(Row row) {
        List<Object> out = new ArrayList<>();
        for (Cell c : row) {
            if (c.getCellType() == CellType.NUMERIC) {
                out.add(Math.round(c.getNumericCellValue()));
            }
        }
        return out;
    }

    static Map<String, Long> totalsByHeader(Sheet s) {
        return byHeader(s, s.getRow(s.getLastRowNum()));
    }

    static Map<String, Long> rowByCode(Sheet s, String kode) {
        for (Row r : s) {
            if (r.getRowNum() > 3 && kode.equals(r.getCell(0).getStringCellValue())) {
                return byHeader(s, r);
            }
        }
        throw new AssertionError("no row " + kode);
    }

    private static Map<String, Long> byHeader(Sheet s, Row r) {
        Row header = s.getRow(3);
        Map<String, Long> out = new LinkedHashMap<>();
        for (Cell c : r) {
            if (c.getCellType() == CellType.NUMERIC) {
                out.put(header.getCell(c.getColumnIndex()).getStringCellValue(), Math.round(c.getNumericCellValue()));
            }
        }
        return out;
    }

    static String pdfText(Path pdf) throws IOException {
        try (PdfReader r = new PdfReader(pdf.toString())) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= r.getNumberOfPages(); i++) {
                b.append(new PdfTextExtractor(r).getTextFromPage(i)).append('\n');
            }
            return b.toString();
        }
    }

    /** Every line of the PDF that starts with the total's word, its numbers read back from 1.234 notation. */
    static List<List<Object>> pdfTotals(Path pdf) throws IOException {
        String total = ReportFiles.text(Bundle.ROW_Total());
        List<List<Object>> out = new ArrayList<>();
        try (PdfReader r = new PdfReader(pdf.toString())) {
            PdfTextExtractor x = new PdfTextExtractor(r);
            for (int i = 1; i <= r.getNumberOfPages(); i++) {
                for (String line : x.getTextFromPage(i).split("\n")) {
                    if (line.strip().startsWith(total + " ")) {
                        List<Object> nums = new ArrayList<>();
                        for (String token : line.strip().substring(total.length()).trim().split("\\s+")) {
                            if (token.matches("[\\d.]+")) {
                                nums.add(Long.parseLong(token.replace(".", "")));
                            }
                        }
                        out.add(nums);
                    }
                }
            }
        }
        return out;
    }
}
