package id.pilar.intake;

import static id.pilar.intake.IntakeFixtures.GAMBIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.Sex;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.core.spi.area.AreaPoint;
import id.pilar.core.spi.area.AreaPointSource;
import id.pilar.intake.api.Channel;
import id.pilar.intake.api.OutreachService;
import id.pilar.intake.api.OutreachService.TeamMember;
import id.pilar.intake.api.Report;
import id.pilar.intake.api.ReportAttachment;
import id.pilar.intake.api.ReportAttachment.NewFile;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportImport;
import id.pilar.intake.api.ReportService;
import id.pilar.intake.api.ReportService.ReportFilter;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberService;
import id.pilar.rosters.api.TaganaRank;
import id.pilar.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/** Coordinates of reports and hotspots (form, import, atlas points), report attachments, the outreach team from the rosters. */
class CoordinatesAttachmentsTeamTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.4\n%surat warga\n".getBytes(StandardCharsets.US_ASCII);
    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static ReportDraft withPoint(Double lat, Double lng) {
        return new ReportDraft(Instant.now().minusSeconds(600), Channel.PATROLI, null, null, true, null, "31.71.01.1001",
                null, lat, lng, "PPKS-11", 1, "Tidur di trotoar");
    }

    @Test
    void coordinatesAreKeptAndOnlyJakartasAreAccepted() {
        Report r = ReportService.get().record(withPoint(-6.1766, 106.8306));
        assertThat(r.lintang()).isEqualTo(-6.1766);
        assertThat(r.bujur()).isEqualTo(106.8306);
        assertThatThrownBy(() -> ReportService.get().record(withPoint(6.1766, 106.8306))).hasMessageContaining("sekitar Jakarta");
        assertThatThrownBy(() -> ReportService.get().record(withPoint(106.8306, -6.1766))).as("swapped").hasMessageContaining("sekitar Jakarta");
        assertThatThrownBy(() -> ReportService.get().record(withPoint(-6.1766, null))).hasMessageContaining("Koordinat");
        assertThatThrownBy(() -> ReportService.get().addHotspot("Halte Harmoni", "31.71.01.1001", -7.25, 112.75))
                .hasMessageContaining("sekitar Jakarta");
        assertThat(ReportService.get().addHotspot("Halte Harmoni", "31.71.01.1001", -6.1655, 106.8208).lintang()).isEqualTo(-6.1655);
    }

    @Test
    void theAtlasGetsHotspotsAndTheReportsWithCoordinatesOfThePeriod() {
        Report inside = ReportService.get().record(withPoint(-6.1760, 106.8300));
        ReportService.get().record(new ReportDraft(Instant.now().minusSeconds(600), Channel.HOTLINE, null, null, true, null, "31.71.01.1001",
                "Jl. Medan Merdeka Timur", null, null, "PPKS-11", 1, null)); // no point: not drawn
        AreaPointSource source = Lookup.getDefault().lookupAll(AreaPointSource.class).stream()
                .filter(s -> s.moduleId().equals("intake")).findFirst().orElseThrow();
        List<AreaPoint> points = source.points(AreaPeriod.daysEndingOn(inside.tanggal(), 7));
        assertThat(points).filteredOn(p -> p.kind().equals("intake.hotspot")).extracting(AreaPoint::id).contains(GAMBIR, "hs-monas");
        AreaPoint gambir = points.stream().filter(p -> p.id().equals(GAMBIR)).findFirst().orElseThrow();
        assertThat(gambir.lat()).isEqualTo(-6.1766);
        assertThat(gambir.lng()).isEqualTo(106.8306);
        assertThat(gambir.kelurahan()).isEqualTo("31.71.01.1001");
        AreaPoint report = points.stream().filter(p -> p.id().equals(inside.id())).findFirst().orElseThrow();
        assertThat(report.kind()).isEqualTo("intake.report");
        assertThat(report.label()).startsWith(inside.nomor()).doesNotContain("trotoar");
        assertThat(report.date()).isEqualTo(inside.tanggal());
        assertThat(points).filteredOn(p -> p.kind().equals("intake.report")).allMatch(p -> p.lat() < -6 && p.lng() > 106);
        assertThat(source.points(new AreaPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1))))
                .noneMatch(p -> p.kind().equals("intake.report"));
    }

    @Test
    void importReadsLatLngOrLatitudeLongitudeAndRejectsBadCoordinates(@TempDir Path dir) throws Exception {
        ReportImport imports = Lookup.getDefault().lookup(ReportImport.class);
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "diterima,kanal,titik,kelurahan,kategori,jumlah_orang,uraian,lat,lng\n"
                + "02/11/2026 08:30,patroli,Stasiun Gambir,,PPKS-12,2,Di pintu selatan,-6.1771,106.8310\n"
                + "02/11/2026 09:30,patroli,Stasiun Gambir,,PPKS-12,1,Tanpa titik,,\n"
                + "02/11/2026 10:30,patroli,Stasiun Gambir,,PPKS-12,1,Terbalik,106.8310,-6.1771\n"
                + "02/11/2026 11:30,patroli,Stasiun Gambir,,PPKS-12,1,Separuh,-6.1771,\n", StandardCharsets.UTF_8);
        ReportImport.Preview p = imports.preview(a);
        assertThat(p.valid()).extracting(r -> r.draft().lintang()).containsExactly(-6.1771, null);
        assertThat(p.rejects()).extracting(ReportImport.Reject::baris).containsExactly(4, 5);
        assertThat(p.rejects().get(0).alasan()).contains("Koordinat").contains("Jakarta");
        assertThat(p.rejects().get(0).nilai()).endsWith("106.8310", "-6.1771");
        imports.importValid(p);
        assertThat(ReportService.get().list(new ReportFilter(null, null, null, null, null, false, "pintu selatan", 5)))
                .singleElement().satisfies(r -> assertThat(r.bujur()).isEqualTo(106.8310));

        Path b = dir.resolve("b.csv");
        Files.writeString(b, "diterima;kanal;titik;kelurahan;kategori;jumlah_orang;uraian;latitude;longitude\n"
                + "03/11/2026 08:30;patroli;Kolong Rel Kramat;Kenari;PPKS-11;1;Titik baru;-6,1905;106,8455\n", StandardCharsets.UTF_8);
        ReportImport.Preview q = imports.preview(b);
        assertThat(q.rejects()).isEmpty();
        assertThat(q.valid().get(0).draft().lintang()).isEqualTo(-6.1905);
        imports.importValid(q);
        assertThat(ReportService.get().hotspots()).filteredOn(h -> h.nama().equals("Kolong Rel Kramat"))
                .singleElement().satisfies(h -> assertThat(h.bujur()).as("the new hotspot takes the row's point").isEqualTo(106.8455));
    }

    @Test
    void attachmentsAreCheckedByContentStoredWithTheReportAndAudited() throws Exception {
        Report r = ReportService.get().record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(60)),
                List.of(new NewFile("foto-lokasi.jpg", JPEG), new NewFile("C:\\surat\\surat-rt.pdf", PDF)));
        List<ReportAttachment> files = ReportService.get().attachments(r.id());
        assertThat(files).extracting(ReportAttachment::namaFile).containsExactly("foto-lokasi.jpg", "surat-rt.pdf");
        assertThat(files).extracting(ReportAttachment::mime).containsExactly("image/jpeg", "application/pdf");
        assertThat(ReportService.get().attachmentContent(files.get(1).id())).isEqualTo(PDF);
        assertThat(auditRows("intake_report_attachment_aud", r.id())).isEqualTo(2);

        int reportsBefore = ReportService.get().list(ReportFilter.all(100_000)).size();
        byte[] exe = {'M', 'Z', 0, 0, 1, 2, 3};
        assertThatThrownBy(() -> ReportService.get().record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(30)),
                List.of(new NewFile("foto.jpg", JPEG), new NewFile("foto2.jpg", exe)))).hasMessageContaining("JPEG atau PNG");
        assertThat(ReportService.get().list(ReportFilter.all(100_000))).as("a refused file leaves no report").hasSize(reportsBefore);
        assertThatThrownBy(() -> ReportService.get().addAttachment(r.id(), new NewFile("surat.jpg", PDF))).hasMessageContaining("tidak sesuai isinya");
        byte[] big = Arrays.copyOf(JPEG, ReportAttachment.MAX_BYTES + 1);
        assertThatThrownBy(() -> ReportService.get().addAttachment(r.id(), new NewFile("besar.jpg", big))).hasMessageContaining("terlalu besar");
        assertThatThrownBy(() -> ReportService.get().addAttachment(r.id(), new NewFile("kosong.png", new byte[0]))).hasMessageContaining("kosong");
        ReportAttachment later = ReportService.get().addAttachment(r.id(), new NewFile("susulan.jpeg", JPEG));
        assertThat(ReportService.get().attachments(r.id())).hasSize(3).last().extracting(ReportAttachment::id).isEqualTo(later.id());
    }

    static int auditRows(String table, String reportId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table + " WHERE report_id = '" + reportId + "'")) {
            return rs.getInt(1);
        }
    }

    @Test
    void theTeamComesFromThePillarRosters() {
        MemberService.get().create(new MemberDraft("3171011505800001", "Budi Santoso", Sex.LAKI_LAKI, null, null, null, "TGN-0101",
                TaganaRank.MADYA, null, null, null, null, null));
        MemberService.get().create(new MemberDraft("3171014506850002", "Rina Wati", Sex.PEREMPUAN, null, null, null, null, null,
                "31.71.01", "SK-12/2026", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null));
        List<TeamMember> team = OutreachService.get().teamCandidates("", 50);
        assertThat(team).extracting(TeamMember::label).contains("Budi Santoso (Tagana)", "Rina Wati (TKSK)");
        assertThat(OutreachService.get().teamCandidates("rina", 10)).extracting(TeamMember::nama).containsExactly("Rina Wati");
    }
}
