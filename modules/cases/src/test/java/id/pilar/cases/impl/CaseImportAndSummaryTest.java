package id.pilar.cases.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.cases.api.CaseImport;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.ClosureReason;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.api.sendopts.CommandException;

/** The old-case-list import with its rejects, the batch options, and the case summary PDF. */
class CaseImportAndSummaryTest {

    static TestDatabase db;
    static final String HEADER = "nomor_kasus;nik;nama;jenis_kelamin;tanggal_lahir;tanggal_buka;sumber;kategori;status;kelurahan;tanggal_tutup;alasan_tutup\n";
    static final String FUTURE = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aCancelledImportKeepsNeitherCasesNorTheClientsItRegistered() throws Exception {
        Path csv = dir.resolve("batal.csv");
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) {
            b.append("BATAL-").append(i).append(";;Klien Batal ").append(i).append(";P;;10/02/2024;hotline;PPKS-11;Baru;Gambir;;\n");
        }
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
        CaseImport.Preview preview = CaseImport.get().preview(csv);
        long people = PersonService.get().countActive();
        int[] polls = {0};
        CaseImport.Progress cancelMidway = new CaseImport.Progress() {
            @Override
            public void step(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return ++polls[0] > 70; // the registry polls about twice a row: this cancels after the clients were registered, while the cases are written
            }
        };
        assertThatThrownBy(() -> CaseImport.get().importValid(preview, cancelMidway)).hasMessageContaining("dibatalkan");
        assertThat(polls[0]).isGreaterThan(70);
        assertThat(PersonService.get().countActive()).isEqualTo(people);
        assertThat(CaseService.get().findByNumber("BATAL-0")).isEmpty();
        // and the same file imported afterwards goes in whole
        assertThat(CaseImport.get().importValid(CaseImport.get().preview(csv), CaseImport.Progress.NONE).imported()).isEqualTo(30);
        assertThat(PersonService.get().countActive()).isEqualTo(people + 30);
    }

    @Test
    void goodRowsInOneTransactionBadRowsToTheRejectReport() throws Exception {
        String known = PersonService.get().create(PersonDraft.named("Slamet Riyadi").withNik("3171011505800003"), true).id();
        Path csv = dir.resolve("kasus-lama.csv");
        Files.writeString(csv, "\uFEFF" + HEADER
                + "LAMA-001;3171011505800003;Slamet Riyadi;L;15/05/1980;02/01/2024;penjangkauan;PPKS-11;Ditutup;Gambir;20/03/2024;dipulangkan ke daerah asal\n"
                + "LAMA-002;;Mak Inah;P;;10/02/2024;laporan;Gelandangan;Layanan;Kampung Bali;;\n"
                + "LAMA-003;;Tono;L;;10/02/2024;datang langsung;PPKS-11;Entah;Gambir;;\n"
                + "LAMA-004;;Tini;P;;10/02/2024;hotline;PPKS-99;Baru;Gambir;;\n"
                + "LAMA-005;;Toni;L;;10/02/2024;hotline;PPKS-11;Baru;Kelurahan Antah;;\n"
                + "LAMA-006;;Tina;P;;" + FUTURE + ";hotline;PPKS-11;Baru;Gambir;;\n"
                + "LAMA-007;1234;Tuti;P;;10/02/2024;hotline;PPKS-11;Baru;Gambir;;\n"
                + "LAMA-002;;Mak Inah lagi;P;;10/02/2024;laporan;PPKS-11;Baru;Gambir;;\n"
                + "LAMA-008;;Tejo;L;;10/02/2024;rujukan;PPKS-11;Ditutup;Gambir;01/02/2024;selesai\n"
                + "LAMA-009;;Tarno;L;;10/02/2024;rujukan;PPKS-11;Ditutup;Gambir;;\n"
                + "LAMA-010;;Tarsih;P;;10/02/2024;rujukan;PPKS-11;Rencana Intervensi;Gambir;;\n", StandardCharsets.UTF_8);
        CaseImport imports = CaseImport.get();
        CaseImport.Preview preview = imports.preview(csv);
        assertThat(preview.rows()).extracting(CaseImport.Row::nomorLama).containsExactly("LAMA-001", "LAMA-002", "LAMA-010");
        assertThat(preview.rejects()).extracting(CaseImport.Reject::baris).containsExactly(4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(preview.rejects()).extracting(CaseImport.Reject::alasan).anyMatch(a -> a.startsWith("status tidak dikenal"))
                .anyMatch(a -> a.startsWith("kategori tidak dikenal")).anyMatch(a -> a.startsWith("kelurahan tidak dikenal"))
                .anyMatch(a -> a.contains("setelah hari ini")).anyMatch(a -> a.startsWith("NIK tidak sah"))
                .anyMatch(a -> a.contains("sudah ada di baris 3")).anyMatch(a -> a.contains("sebelum tanggal_buka"))
                .anyMatch(a -> a.contains("perlu tanggal_tutup"));

        CaseImport.Result r = imports.importValid(preview, CaseImport.Progress.NONE);
        assertThat(r.line()).isEqualTo("imported 3, updated 0, rejected 8");
        CaseDetail slamet = CaseService.get().findByNumber("LAMA-001").orElseThrow();
        assertThat(slamet.klien()).extracting(k -> k.id()).containsExactly(known);
        assertThat(slamet.status()).isEqualTo(CaseStatus.DITUTUP);
        assertThat(slamet.alasanTutup()).isEqualTo(ClosureReason.DIPULANGKAN);
        assertThat(slamet.nomor()).matches("JP-2024-\\d{6}");
        assertThat(slamet.summary().nomorLama()).isEqualTo("LAMA-001");
        CaseDetail inah = CaseService.get().findByNumber("LAMA-002").orElseThrow();
        assertThat(inah.summary().kategoriKode()).isEqualTo("PPKS-11");
        assertThat(inah.status()).isEqualTo(CaseStatus.LAYANAN);
        assertThat(CaseService.get().timeline(inah.id())).extracting(CaseService.TimelineEntry::isi).anyMatch(t -> t.contains("kasus-lama.csv"));
        Integer audited = db.transactions().query(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM case_file_aud WHERE id = '" + inah.id() + "'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(audited).as("the import is in the audit history").isEqualTo(1);

        Path rejects = dir.resolve("tolak.csv");
        imports.writeRejects(preview, rejects);
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).startsWith("\uFEFFbaris;alasan;nomor_kasus;nik");

        // the same file again: numbers imported before are not imported twice; a changed row updates its case
        Files.writeString(csv, HEADER
                + "LAMA-002;;Mak Inah;P;;10/02/2024;laporan;PPKS-11;Ditutup;Kampung Bali;01/06/2024;hilang kontak\n"
                + "LAMA-010;;Tarsih;P;;10/02/2024;rujukan;PPKS-11;Rencana Intervensi;Gambir;;\n", StandardCharsets.UTF_8);
        CaseImport.Result again = imports.importValid(imports.preview(csv), CaseImport.Progress.NONE);
        assertThat(again.line()).isEqualTo("imported 0, updated 1, rejected 0");
        assertThat(CaseService.get().findByNumber("LAMA-002").orElseThrow().alasanTutup()).isEqualTo(ClosureReason.HILANG_KONTAK);
        assertThat(CaseService.get().list(new CaseService.CaseFilter(null, null, null, null, false, null, "LAMA-010", 10))).hasSize(1);
    }

    @Test
    void anXlsxListWithDateCellsNumericNiksAndHeadersAsPeopleTypeThem() throws Exception {
        Path xlsx = dir.resolve("kasus-lama.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("Kasus");
            var dates = wb.createCellStyle();
            dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var head = sheet.createRow(0);
            String[] columns = HEADER.trim().split(";");
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(i == 0 ? "Nomor Kasus" : columns[i].toUpperCase(java.util.Locale.ROOT));
            }
            Object[][] rows = {
                {"XL-001", 3171015806850004d, "Sumarni", "P", LocalDate.of(1985, 6, 18), LocalDate.of(2024, 3, 1), "laporan", "PPKS-11", "Asesmen", "Gambir", null, null},
                {"XL-002", null, "Darto", "L", null, "01/03/2024", "hotline", "PPKS-11", "Ditutup", "Gambir", LocalDate.of(2024, 2, 1), "selesai"},
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String t) {
                        row.createCell(c).setCellValue(t);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(dates);
                    }
                }
            }
            wb.write(out);
        }
        CaseImport.Preview preview = CaseImport.get().preview(xlsx);
        assertThat(preview.rows()).extracting(CaseImport.Row::nomorLama).containsExactly("XL-001");
        assertThat(preview.rejects()).singleElement().satisfies(r -> {
            assertThat(r.baris()).isEqualTo(3);
            assertThat(r.alasan()).contains("sebelum tanggal_buka");
        });
        assertThat(CaseImport.get().importValid(preview, CaseImport.Progress.NONE).line()).isEqualTo("imported 1, updated 0, rejected 1");
        CaseDetail sumarni = CaseService.get().findByNumber("XL-001").orElseThrow();
        assertThat(sumarni.summary().tanggalBuka()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(sumarni.klien()).extracting(k -> k.nama()).containsExactly("Sumarni");
        String nik = db.transactions().query(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT nik FROM reg_person WHERE id = '" + sumarni.klien().get(0).id() + "'")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(nik).as("a NIK typed as a number keeps its 16 digits").isEqualTo("3171015806850004");
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithTheReadersSentence() throws Exception {
        Path doc = dir.resolve("kasus.docx");
        Files.writeString(doc, "bukan daftar");
        assertThatThrownBy(() -> CaseImport.get().preview(doc)).isInstanceOf(id.pilar.core.api.error.PilarException.class)
                .hasMessageContaining(".xlsx");
        Path notXlsx = dir.resolve("palsu.xlsx");
        Files.writeString(notXlsx, "nomor_kasus;nik\n");
        assertThatThrownBy(() -> CaseImport.get().preview(notXlsx)).isInstanceOf(id.pilar.core.api.error.PilarException.class)
                .hasMessageContaining("XLSX");
    }

    @Test
    void aFileThatCannotBeReadAtAll() throws Exception {
        Path bad = dir.resolve("kosong.csv");
        Files.writeString(bad, "a,b,c\n1,2,3\n");
        assertThatThrownBy(() -> CaseImport.get().preview(bad)).isInstanceOf(java.io.IOException.class).hasMessageContaining("nomor_kasus");
        CasesBatchCommand cmd = new CasesBatchCommand();
        assertThatThrownBy(() -> cmd.run(Map.of(CasesBatchCommand.IMPORT, new String[] {bad.toString()}), System.out, System.err))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.getExitCode()).isEqualTo(CasesBatchCommand.FAILED));
        Path pdf = dir.resolve("x.pdf");
        assertThatThrownBy(() -> cmd.run(Map.of(CasesBatchCommand.SUMMARY, new String[] {"JP-1999-000001"}, CasesBatchCommand.OUT,
                new String[] {pdf.toString()}), System.out, System.err)).isInstanceOf(CommandException.class);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void batchImportAndTheCaseSummaryPdf() throws Exception {
        Path csv = dir.resolve("lama.csv");
        Files.writeString(csv, HEADER.replace(';', ',') + "OLD-77,,Budi Jalanan,L,,03/03/2025,penjangkauan,PPKS-11,Asesmen,Senen,,\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CasesBatchCommand cmd = new CasesBatchCommand();
        cmd.run(Map.of(CasesBatchCommand.IMPORT, new String[] {csv.toString()}, CasesBatchCommand.REJECTS,
                new String[] {dir.resolve("r.csv").toString()}), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 1, updated 0, rejected 0");
        CaseDetail c = CaseService.get().findByNumber("OLD-77").orElseThrow();
        CaseService.get().addNote(c.id(), "Klien tidur di kolong jembatan Senen", false);
        CaseService.get().addService(c.id(), id.pilar.cases.api.ServiceKind.MAKANAN, LocalDate.of(2025, 3, 4), "Dapur umum", "makan 3x");
        Path pdf = dir.resolve("ringkasan.pdf");
        long t0 = System.nanoTime();
        cmd.run(Map.of(CasesBatchCommand.SUMMARY, new String[] {"OLD-77"}, CasesBatchCommand.OUT, new String[] {pdf.toString()}), System.out, System.err);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfText.of(pdf);
        assertThat(text).contains("RINGKASAN KASUS", c.nomor(), "OLD-77", "Budi Jalanan", "Dapur umum", "kolong jembatan");
        assertThat(ms).as("summary PDF time").isLessThan(10_000);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
}
