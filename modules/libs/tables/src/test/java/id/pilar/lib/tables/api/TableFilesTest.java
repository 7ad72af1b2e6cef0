package id.pilar.lib.tables.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.testkit.BundleRules;
import id.pilar.testkit.TextRules;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {

    @TempDir
    Path dir;

    @Test
    void headersMatchWhateverTheirCaseSpacingPunctuationOrCamelCase() {
        assertThat(Headers.normalise("noKK")).isEqualTo("nokk");
        assertThat(Headers.normalise("No KK")).isEqualTo("nokk");
        assertThat(Headers.normalise("NO. KK")).isEqualTo("nokk");
        assertThat(Headers.normalise("no_kk")).isEqualTo("nokk");
        assertThat(Headers.same("namaLengkap", "Nama Lengkap")).isTrue();
        assertThat(Headers.same("jenisKelamin", "JENIS-KELAMIN")).isTrue();
        assertThat(Headers.same("tanggalLahir", " Tanggal  Lahir ")).isTrue();
        assertThat(Headers.same("\uFEFFnik", "NIK")).isTrue();
        assertThat(Headers.same("Hub. Keluarga", "hub_keluarga")).isTrue();
        assertThat(Headers.same("nik", "nama")).isFalse();
    }

    @Test
    void csvWithSemicolonsAndBom() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "\uFEFFNo KK;NIK;Nama Lengkap\n3171010101010001;3171014101900001;Siti Aminah\n\n;;\n"
                + "3171010101010001;3171010101850002;\"Budi; Santoso\"\n", StandardCharsets.UTF_8);
        Table t = TableFiles.read(f);
        assertThat(t.header()).containsExactly("No KK", "NIK", "Nama Lengkap");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).number()).isEqualTo(2);
        assertThat(t.rows().get(1).value(2)).isEqualTo("Budi; Santoso");
        assertThat(t.rows().get(1).value(7)).isEmpty();
    }

    @Test
    void csvInWindows1252AndWithTabs() throws Exception {
        Path f = dir.resolve("b.csv");
        Files.write(f, "nik\tnama\n1\tJos\u00e9\n".getBytes(Charset.forName("windows-1252")));
        Table t = TableFiles.read(f);
        assertThat(t.rows().get(0).value(1)).isEqualTo("Jos\u00e9");
    }

    @Test
    void xlsxKeepsLongNumbersAndDates() throws Exception {
        Path f = dir.resolve("c.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet();
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("nik");
            h.createCell(1).setCellValue("tanggalLahir");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(3171014101900001d);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            r.createCell(1).setCellValue(LocalDate.of(1990, 1, 1));
            r.getCell(1).setCellStyle(date);
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            r.createCell(2).setCellValue(java.time.LocalDateTime.of(2026, 11, 2, 8, 30, 15));
            r.getCell(2).setCellStyle(dateTime);
            wb.write(out);
        }
        Table t = TableFiles.read(f);
        assertThat(t.header()).containsExactly("nik", "tanggalLahir");
        assertThat(t.rows().get(0).value(0)).isEqualTo("3171014101900001");
        assertThat(t.rows().get(0).value(1)).isEqualTo("1990-01-01");
        assertThat(t.rows().get(0).value(2)).as("a time of day is kept, to the minute").isEqualTo("2026-11-02 08:30");
    }

    @Test
    void refusalsSayWhy() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        Files.writeString(pdf, "x");
        assertThatThrownBy(() -> TableFiles.read(pdf)).isInstanceOf(TableFileException.class).hasMessageContaining(".xlsx");
        Path empty = dir.resolve("e.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> TableFiles.read(empty)).isInstanceOf(TableFileException.class).hasMessageContaining("kosong");
        Path fake = dir.resolve("f.xlsx");
        Files.writeString(fake, "not a workbook");
        assertThatThrownBy(() -> TableFiles.read(fake)).isInstanceOf(TableFileException.class).hasMessageContaining("XLSX");
        assertThatThrownBy(() -> TableFiles.read(dir.resolve("missing.csv"))).isInstanceOf(TableFileException.class);
    }

    @Test
    void textsInBundles() {
        BundleRules.assertComplete(Path.of("target/classes"));
        TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }
}
