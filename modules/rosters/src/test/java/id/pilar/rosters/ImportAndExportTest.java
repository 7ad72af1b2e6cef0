package id.pilar.rosters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.rosters.api.ImportPreview;
import id.pilar.rosters.api.ImportReject;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationStatus;
import id.pilar.rosters.api.ReportTable;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.WorkProgress;
import id.pilar.rosters.impl.MemberServiceImpl;
import id.pilar.rosters.impl.OrganisationServiceImpl;
import id.pilar.rosters.impl.imports.MemberImportImpl;
import id.pilar.rosters.impl.report.RosterReportsImpl;
import id.pilar.testkit.TestDatabase;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Member import with bad rows and a reject report; PDF and XLSX export of a report. */
class ImportAndExportTest {

    static TestDatabase db;
    static MemberImportImpl imports;
    static MemberServiceImpl members;
    static RosterReportsImpl reports;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        imports = new MemberImportImpl(db.transactions());
        members = new MemberServiceImpl(db.transactions());
        reports = new RosterReportsImpl(db.transactions());
        new OrganisationServiceImpl(db.transactions()).create(new OrganisationDraft("PSM Kelurahan Kenari", "PSKS-02", "PSM-KNR-01",
                null, null, null, null, "31.71.04.1002", null, OrganisationStatus.AKTIF));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static final String CSV = String.join("\n",
            "\uFEFFNIK;Nama Lengkap;JK;Tanggal Lahir;No HP;Kelurahan;Organisasi;Peran;Mulai",
            "3171051505900001;Siti Aminah;P;15/05/1990;0812 1111 2222;Kenari;PSM-KNR-01;Ketua;01/01/2020",   // sex mismatch: warning
            "3171055505900002;Rahmawati;P;15/05/1990;;kenari;PSM Kelurahan Kenari;;2021-02-01",
            "31710515059;Terlalu Pendek;L;;;;;;",                                                                // bad NIK
            "3171051505900003;;X;31/02/1990;;Atlantis;;;",                                                       // many problems
            "3171055505900002;Rahma Lagi;P;;;;;;",                                                               // same NIK as row 3
            "3171051505900004;Joko;L;;;;Tidak Ada;;01/01/2020",                                                  // unknown organisation
            ";;;;;;;;");                                                                                         // blank row: skipped

    @Test
    void badRowsAreRejectedWithReasonsAndGoodRowsImportedTogether() throws Exception {
        Path file = dir.resolve("anggota.csv");
        Files.writeString(file, CSV, StandardCharsets.UTF_8);
        ImportPreview preview = imports.preview(file);

        assertThat(preview.valid()).extracting(v -> v.member().fullName()).containsExactly("Siti Aminah", "Rahmawati");
        assertThat(preview.valid().get(1).role()).isEqualTo("Anggota");
        assertThat(preview.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith("Baris 2:"));
        assertThat(preview.rejects()).extracting(ImportReject::rowNumber).containsExactly(4, 5, 6, 7);
        ImportReject many = preview.rejects().get(1);
        assertThat(String.join(" ", many.reasons())).contains("Jenis kelamin 'X'", "Tanggal lahir '31/02/1990'",
                "Kelurahan 'Atlantis'", "Nama lengkap wajib diisi.");
        assertThat(preview.rejects().get(2).reasons()).contains("NIK sama dengan baris 3.");
        assertThat(preview.rejects().get(3).reasons().get(0)).contains("Organisasi 'Tidak Ada'");

        Path report = dir.resolve("tolak.csv");
        imports.writeRejectReport(preview, report);
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("baris;alasan;NIK");
        assertThat(lines.get(1)).startsWith("4;").contains("NIK harus 16 angka");

        assertThat(imports.importValid(preview, WorkProgress.NONE)).isEqualTo(2);
        assertThat(members.search("siti aminah", 10)).singleElement().satisfies(m -> {
            assertThat(m.phone()).isEqualTo("+6281211112222");
            assertThat(members.memberships(m.id())).singleElement().satisfies(ms -> assertThat(ms.role()).isEqualTo("Ketua"));
        });
        // The same file again: every row is now a duplicate of an existing member.
        ImportPreview again = imports.preview(file);
        assertThat(again.valid()).isEmpty();
        assertThat(again.rejects().get(0).reasons()).anyMatch(r -> r.contains("sudah terdaftar atas nama Siti Aminah"));
    }

    @Test
    void aCancelledImportLeavesNothingSaved() throws Exception {
        Path file = dir.resolve("batal.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sh = wb.createSheet("Anggota");
            Row h = sh.createRow(0);
            h.createCell(0).setCellValue("nik");
            h.createCell(1).setCellValue("nama");
            h.createCell(2).setCellValue("jenis_kelamin");
            for (int i = 1; i <= 5; i++) {
                Row r = sh.createRow(i);
                r.createCell(0).setCellValue(3171011201850000L + i);   // a NIK typed as a number
                r.createCell(1).setCellValue("Anggota Batal " + i);
                r.createCell(2).setCellValue("L");
            }
            wb.write(out);
        }
        ImportPreview preview = imports.preview(file);
        assertThat(preview.rejects()).isEmpty();
        assertThat(preview.valid()).hasSize(5);
        int[] calls = {0};
        WorkProgress cancelAfterTwo = new WorkProgress() {
            @Override
            public void progress(String message, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return ++calls[0] > 2;
            }
        };
        assertThat(imports.importValid(preview, cancelAfterTwo)).isZero();
        assertThat(members.search("anggota batal", 10)).isEmpty();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedClearly() throws Exception {
        Path file = dir.resolve("salah.csv");
        Files.writeString(file, "nama,alamat\nBudi,Jl. Kenari\n");
        assertThatThrownBy(() -> imports.preview(file)).isInstanceOf(RostersException.class)
                .hasMessageContaining("Kolom wajib tidak ada").hasMessageContaining("nik").hasMessageContaining("jenis_kelamin");
        Path doc = dir.resolve("x.docx");
        Files.writeString(doc, "x");
        assertThatThrownBy(() -> imports.preview(doc)).hasMessageContaining(".csv atau .xlsx");
    }

    @Test
    void reportsExportToPdfAndXlsx() throws Exception {
        ReportTable table = reports.membersPerWilayah(LocalDate.of(2026, 6, 1));
        assertThat(table.rows()).hasSizeGreaterThanOrEqualTo(44);
        Path pdf = dir.resolve("laporan.pdf");
        Path xlsx = dir.resolve("laporan.xlsx");
        reports.exportPdf(table, pdf);
        reports.exportXlsx(table, xlsx);
        byte[] head = Files.readAllBytes(pdf);
        assertThat(new String(head, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo(table.title());
            assertThat(sh.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Anggota aktif");
            assertThat(sh.getRow(4).getCell(3).getNumericCellValue()).isGreaterThanOrEqualTo(0);
        }
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
}
