package id.pilar.intake;

import static id.pilar.intake.IntakeFixtures.GAMBIR;
import static id.pilar.intake.IntakeFixtures.SENEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.intake.api.AlertService;
import id.pilar.intake.api.AlertService.Alert;
import id.pilar.intake.api.AlertService.WeekPoint;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.ReportImport;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportService;
import id.pilar.intake.api.ReportService.ReportFilter;
import id.pilar.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/** Alerts on a database fed with synthetic weeks, and the import of report lists. */
class AlertsAndImportTest {

    /** A Sunday: the 7 days ending on it are Monday 23/11 to Sunday 29/11/2026. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);
    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        ReportService reports = ReportService.get();
        int[] gambir = {5, 4, 6, 5, 7, 3, 5, 6, 4, 5}; // oldest first, then 14 this week
        int[] senen = {6, 7, 6, 5, 6, 0, 1, 6, 7, 6}; // a holiday dip, then a normal week
        for (int w = 0; w < 10; w++) {
            LocalDate monday = AS_OF.minusDays(6 + 7L * (10 - w));
            for (int i = 0; i < gambir[w]; i++) {
                reports.record(IntakeFixtures.atNoon(GAMBIR, monday.plusDays(i % 7)));
            }
            for (int i = 0; i < senen[w]; i++) {
                reports.record(IntakeFixtures.atNoon(SENEN, monday.plusDays(i % 7)));
            }
        }
        LocalDate thisMonday = AS_OF.minusDays(6);
        for (int i = 0; i < 14; i++) {
            reports.record(IntakeFixtures.atNoon(GAMBIR, thisMonday.plusDays(i % 7)));
        }
        for (int i = 0; i < 7; i++) {
            reports.record(IntakeFixtures.atNoon(SENEN, thisMonday.plusDays(i % 7)));
        }
        // Bundaran HI: only three weeks of history, then a jump: too little history to judge
        for (int w = 1; w <= 3; w++) {
            reports.record(IntakeFixtures.atNoon("hs-bundaran-hi", thisMonday.minusDays(7L * w)));
        }
        for (int i = 0; i < 12; i++) {
            reports.record(IntakeFixtures.atNoon("hs-bundaran-hi", thisMonday.plusDays(i % 7)));
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aRealRiseAlertsWithItsExplanationAndNothingElseDoes() {
        List<Alert> alerts = AlertService.get().recompute(AS_OF);
        Alert gambir = alerts.stream().filter(a -> a.tingkat().equals("TITIK")).findFirst().orElseThrow();
        assertThat(gambir.tempat()).isEqualTo("Stasiun Gambir");
        assertThat(gambir.jumlah()).isEqualTo(14);
        assertThat(gambir.dasar()).isEqualTo(5.0);
        assertThat(gambir.keterangan()).startsWith("Stasiun Gambir: 14 laporan gelandangan dalam 7 hari s.d. 29/11/2026, rata-rata 5,0 per minggu")
                .endsWith("naik bermakna");
        assertThat(alerts).extracting(Alert::tempat).containsExactlyInAnyOrder("Stasiun Gambir", "Kelurahan Gambir");
        assertThat(AlertService.get().current()).hasSize(2);
    }

    @Test
    void acknowledgementNeedsANoteAndSurvivesARecompute() {
        Alert a = AlertService.get().recompute(AS_OF).get(0);
        assertThatThrownBy(() -> AlertService.get().acknowledge(a.id(), a.version(), "")).hasMessageContaining("catatan");
        Alert ack = AlertService.get().acknowledge(a.id(), a.version(), "Tim penjangkauan dikirim Senin");
        assertThat(ack.diakui()).isTrue();
        Alert again = AlertService.get().recompute(AS_OF).stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow();
        assertThat(again.diakui()).isTrue();
        assertThat(again.catatanAkui()).isEqualTo("Tim penjangkauan dikirim Senin");
    }

    @Test
    void theTrendCarriesTheBaselineBand() {
        List<WeekPoint> trend = AlertService.get().trend(GAMBIR, AS_OF, 12);
        assertThat(trend).hasSize(12);
        WeekPoint last = trend.get(11);
        assertThat(last.minggu()).isEqualTo(AS_OF.minusDays(6));
        assertThat(last.jumlah()).isEqualTo(14);
        assertThat(last.dasar()).isEqualTo(5.0);
        assertThat(trend.get(0).dasar()).as("first weeks: no baseline yet").isNull();
        assertThat(AlertService.get().daily(AS_OF)).isNotEmpty();
    }

    @Test
    void anAlertsTrendIsTheSeriesOfItsCategoryNotOfEveryReportThere() {
        // Pasar Baru: reports of two categories this week only (too few and too new to alert anywhere).
        String pasarBaru = "hs-pasar-baru";
        ReportService reports = ReportService.get();
        reports.record(IntakeFixtures.atNoon(pasarBaru, AS_OF.minusDays(2)));
        for (int i = 0; i < 2; i++) {
            ReportDraft d = IntakeFixtures.atNoon(pasarBaru, AS_OF.minusDays(1));
            reports.record(new ReportDraft(d.diterima(), d.kanal(), d.pelaporNama(), d.pelaporTelepon(), d.anonim(), d.hotspotId(),
                    d.kodeKelurahan(), d.alamat(), d.lintang(), d.bujur(), "PPKS-12", d.jumlahOrang(), d.uraian()));
        }
        assertThat(AlertService.get().trend(pasarBaru, null, AS_OF, 4).get(3).jumlah()).isEqualTo(3);
        assertThat(AlertService.get().trend(pasarBaru, "PPKS-12", AS_OF, 4).get(3).jumlah()).isEqualTo(2);
        assertThat(AlertService.get().trend(pasarBaru, IntakeFixtures.GELANDANGAN, AS_OF, 4).get(3).jumlah()).isEqualTo(1);

        // The Gambir alert's own series ends in its week with its count, baseline and limit.
        Alert gambir = AlertService.get().recompute(AS_OF).stream().filter(a -> a.tingkat().equals("TITIK")).findFirst().orElseThrow();
        List<WeekPoint> trend = AlertService.get().trend(gambir.tempatKode(), gambir.kategoriKode(), gambir.minggu().plusDays(6), 12);
        WeekPoint week = trend.get(11);
        assertThat(week.minggu()).isEqualTo(gambir.minggu());
        assertThat(week.jumlah()).isEqualTo(gambir.jumlah());
        assertThat(week.dasar()).isEqualTo(gambir.dasar());
        assertThat(week.batas()).isEqualTo(gambir.batas());
    }

    @Test
    void importsGoodRowsRejectsBadOnesAndDoublesNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = dir.resolve("laporan.csv");
        Files.writeString(csv, "\uFEFFditerima;kanal;titik;kelurahan;kategori;jumlah_orang;uraian\n"
                + "02/11/2026 08:30;hotline;Stasiun Gambir;;PPKS-12;2;Dua pengemis di pintu selatan\n"
                + "03/11/2026 09:00;patroli;Halte Kwitang;Kwitang;Gelandangan;1;Tidur di halte\n"
                + "03/11/2026 10:00;medsos;;31.71.04.1005;PPKS-11;3;Video viral\n"
                + "04/11/2026 10:00;surat;Tempat Entah;;PPKS-11;1;tempat tak dikenal\n"
                + "01/01/2099 10:00;hotline;Monas;;PPKS-11;1;masa depan\n"
                + "31/02/2026 10:00;hotline;Monas;;PPKS-11;1;tanggal tidak ada\n"
                + "05/11/2026 10:00;whatsapp;Monas;;PPKS-11;1;kanal asing\n"
                + "05/11/2026 11:00;hotline;Monas;;PPKS-99;1;kategori asing\n"
                + "05/11/2026 12:00;hotline;;31.73.01.1001;PPKS-11;1;di luar Jakarta Pusat\n", StandardCharsets.UTF_8);
        ReportImport imports = Lookup.getDefault().lookup(ReportImport.class);
        ReportImport.Preview p = imports.preview(csv);
        assertThat(p.valid()).hasSize(3);
        assertThat(p.rejects()).extracting(ReportImport.Reject::baris).containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(p.rejects().get(0).alasan()).contains("Tempat tidak dapat ditentukan");
        assertThat(p.rejects().get(1).alasan()).contains("masa depan");
        assertThat(p.rejects().get(5).alasan()).contains("bukan kelurahan Jakarta Pusat");
        int before = ReportService.get().list(ReportFilter.all(100_000)).size();
        ReportImport.Result r = imports.importValid(p);
        assertThat(r.line()).isEqualTo("imported 3, rejected 6");
        assertThat(r.newHotspots()).containsExactly("Halte Kwitang");
        assertThat(ReportService.get().hotspots()).extracting(Hotspot::nama).contains("Halte Kwitang");
        assertThat(ReportService.get().list(ReportFilter.all(100_000))).hasSize(before + 3);
        Path rejects = dir.resolve("tolak.csv");
        imports.writeRejects(p, rejects);
        assertThat(Files.readAllLines(rejects)).hasSize(7).first().asString().startsWith("baris,alasan,diterima,kanal");

        ReportImport.Preview again = imports.preview(csv);
        assertThat(again.valid()).as("the same file twice").isEmpty();
        assertThat(again.rejects()).hasSize(9);

        Path wrong = dir.resolve("laporan.pdf");
        Files.writeString(wrong, "%PDF-1.4");
        assertThatThrownBy(() -> imports.preview(wrong)).hasMessageContaining("Format berkas tidak didukung");
        Path zipAsCsv = dir.resolve("buku.csv");
        Files.write(zipAsCsv, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> imports.preview(zipAsCsv)).hasMessageContaining("bukan teks UTF-8");
    }

    /** A workbook from another office: a real date-and-time cell, a date typed as text, a number cell. */
    @Test
    void importsAnXlsxWorkbookWithDateTimeCells(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("laporan.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream out = Files.newOutputStream(xlsx)) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Laporan");
            String[] header = {"diterima", "kanal", "titik", "kelurahan", "kategori", "jumlah_orang", "uraian"};
            org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            org.apache.poi.ss.usermodel.CellStyle when = wb.createCellStyle();
            when.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            org.apache.poi.ss.usermodel.Row a = sheet.createRow(1);
            a.createCell(0).setCellValue(java.time.LocalDateTime.of(2026, 10, 6, 7, 45));
            a.getCell(0).setCellStyle(when);
            a.createCell(1).setCellValue("patroli");
            a.createCell(2).setCellValue("Pasar Baru");
            a.createCell(4).setCellValue("PPKS-11");
            a.createCell(5).setCellValue(4d);
            a.createCell(6).setCellValue("Empat orang di lorong pasar");
            org.apache.poi.ss.usermodel.Row b = sheet.createRow(2);
            b.createCell(0).setCellValue("07/10/2026 21:10");
            b.createCell(1).setCellValue("hotline");
            b.createCell(3).setCellValue("31.71.02.1001");
            b.createCell(4).setCellValue("Pengemis");
            b.createCell(5).setCellValue(1d);
            org.apache.poi.ss.usermodel.Row c = sheet.createRow(3);
            c.createCell(0).setCellValue(java.time.LocalDate.of(2026, 10, 8).atStartOfDay());
            c.getCell(0).setCellStyle(when);
            c.createCell(1).setCellValue("hotline");
            c.createCell(2).setCellValue("Monas");
            c.createCell(4).setCellValue("PPKS-11");
            wb.write(out);
        }
        ReportImport imports = Lookup.getDefault().lookup(ReportImport.class);
        ReportImport.Preview p = imports.preview(xlsx);
        assertThat(p.valid()).extracting(r -> r.draft().diterima()).containsExactly(
                java.time.LocalDateTime.of(2026, 10, 6, 7, 45).atZone(IntakeFixtures.JAKARTA).toInstant(),
                java.time.LocalDateTime.of(2026, 10, 7, 21, 10).atZone(IntakeFixtures.JAKARTA).toInstant());
        assertThat(p.valid()).extracting(r -> r.draft().jumlahOrang()).containsExactly(4, 1);
        assertThat(p.rejects()).as("a cell at midnight has lost its time: refused, not guessed").extracting(ReportImport.Reject::baris).containsExactly(4);
        assertThat(imports.importValid(p).line()).isEqualTo("imported 2, rejected 1");
    }
}
