package id.pilar.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseService.CaseDraft;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CaseStatus;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The case list and case window view models, without a toolkit (UiExecutor.DIRECT). */
class ViewModelsTest {

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static CaseDetail openCase(String name) {
        String p = PersonService.get().create(PersonDraft.named(name), true).id();
        return CaseService.get().open(new CaseDraft(List.of(p), null, CaseSource.HOTLINE, null, null, null,
                LocalDate.now(ZoneId.of("Asia/Jakarta")), null, null));
    }

    @Test
    void theCaseWindowShowsRefusalsAsMessagesAndKeepsTheState() {
        CaseDetail c = openCase("Vina Jendela");
        List<String> messages = new ArrayList<>();
        List<CaseWindowModel.Snapshot> shown = new ArrayList<>();
        CaseWindowModel m = new CaseWindowModel(c.id(), UiExecutor.DIRECT, shown::add, messages::add);
        m.reload();
        assertThat(shown).singleElement().satisfies(s -> assertThat(s.timeline()).hasSize(1));
        m.act(() -> CaseService.get().transition(c.id(), m.version(), CaseStatus.LAYANAN, null), "ok", null);
        assertThat(messages).singleElement().satisfies(t -> assertThat(t).startsWith("Langkah dari Baru ke Layanan"));
        assertThat(m.current().detail().status()).isEqualTo(CaseStatus.BARU);
        int stale = m.version();
        m.act(() -> CaseService.get().transition(c.id(), m.version(), CaseStatus.ASESMEN, null), "ok", null);
        assertThat(m.current().detail().status()).isEqualTo(CaseStatus.ASESMEN);
        m.act(() -> CaseService.get().transition(c.id(), stale, CaseStatus.RENCANA, null), "ok", null);
        assertThat(messages).last().satisfies(t -> assertThat(t).contains("muat ulang"));
        assertThat(m.current().timeline()).hasSize(2);
    }

    @Test
    void theListShowsTheFilteredCases() {
        CaseDetail c = openCase("Wati Daftar");
        List<List<CaseService.CaseSummary>> shown = new ArrayList<>();
        CaseListModel m = new CaseListModel(CaseService.get(), UiExecutor.DIRECT, shown::add, t -> {
            throw new AssertionError(t);
        });
        m.apply(new CaseService.CaseFilter(null, null, null, null, false, CaseSource.HOTLINE, "wati", 50));
        assertThat(shown).singleElement().satisfies(rows -> assertThat(rows).extracting(CaseService.CaseSummary::id).containsExactly(c.id()));
        assertThat(SavedFilters.decode(SavedFilters.encode(new CaseService.CaseFilter(CaseStatus.LAYANAN, "rina", "31.71.01.1001", "PPKS-11", true,
                CaseSource.RUJUKAN, "Budi", 10)))).isEqualTo(new CaseService.CaseFilter(CaseStatus.LAYANAN, "rina", "31.71.01.1001", "PPKS-11", true,
                CaseSource.RUJUKAN, "Budi", CaseListModel.PAGE));
    }

    @Test
    void aSupervisorExtendsTheAssessmentAndTheDirectoryFromTheSettingsWindow() {
        List<CaseSettingsModel.State> shown = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        CaseSettingsModel m = new CaseSettingsModel(UiExecutor.DIRECT, shown::add, messages::add);
        m.reload();
        int domains = shown.get(0).domains().size();
        assertThat(shown.get(0).mayChange()).isTrue();
        m.addDomain("PEKERJAAN_LAYAK", "Pekerjaan layak", false, null);
        assertThat(messages).last().isEqualTo(Bundle.MSG_DomainAdded("PEKERJAAN_LAYAK"));
        CaseSettingsModel.State st = shown.get(shown.size() - 1);
        assertThat(st.domains()).hasSize(domains + 1);
        var domain = st.domains().stream().filter(d -> d.kode().equals("PEKERJAAN_LAYAK")).findFirst().orElseThrow();
        m.addField(domain, "punya_kontrak", "Punya kontrak kerja", id.pilar.cases.api.AssessmentService.FieldKind.YA_TIDAK, null);
        assertThat(shown.get(shown.size() - 1).domains()).filteredOn(d -> d.id().equals(domain.id()))
                .singleElement().satisfies(d -> assertThat(d.fields()).extracting(f -> f.kode()).containsExactly("PUNYA_KONTRAK"));
        // a case opened now shows the new field on its assessment form, without a new version of Pilar
        CaseDetail c = openCase("Rudi Formulir");
        assertThat(id.pilar.cases.api.AssessmentService.get().form(c.id())).anySatisfy(d -> assertThat(d.kode()).isEqualTo("PEKERJAAN_LAYAK"));
        // refusals arrive as sentences, nothing changes
        int before = shown.size();
        m.addDomain("x y", "", false, null);
        m.addField(null, "A1", "a", id.pilar.cases.api.AssessmentService.FieldKind.TEKS, null);
        assertThat(messages).last().isEqualTo(Bundle.ERR_ChooseDomain());
        m.addField(domain, "PUNYA_KONTRAK", "Lagi", id.pilar.cases.api.AssessmentService.FieldKind.TEKS, null);
        assertThat(messages).last().asString().contains("PUNYA_KONTRAK");
        m.saveInstitution(null, "Panti Uji", id.pilar.cases.api.ReferralService.InstitutionKind.PANTI_SOSIAL, null, null, "sepuluh", null);
        assertThat(messages).last().isEqualTo(Bundle.ERR_CapacityNumber());
        assertThat(shown).hasSize(before);
        m.saveInstitution(null, "Panti Uji", id.pilar.cases.api.ReferralService.InstitutionKind.PANTI_SOSIAL, "Jl. Uji 1", "021-1", "12", null);
        assertThat(shown.get(shown.size() - 1).institutions()).anySatisfy(i -> {
            assertThat(i.nama()).isEqualTo("Panti Uji");
            assertThat(i.sisa()).isEqualTo(12);
        });
        // the changes keep a history (Envers rows of the settings' tables)
        long audited = db.transactions().query(x -> {
            try (var ps = x.prepareStatement("SELECT (SELECT count(*) FROM case_field_aud) + (SELECT count(*) FROM case_domain_aud)"
                    + " + (SELECT count(*) FROM case_institution_aud)"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(audited).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theImportWindowChecksImportsAndTellsOpenViewsToReload() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("kasus-lama", ".csv");
        java.nio.file.Files.writeString(csv, "nomor_kasus;nik;nama;jenis_kelamin;tanggal_lahir;tanggal_buka;sumber;kategori;status;kelurahan;tanggal_tutup;alasan_tutup\n"
                + "UI-1;;Sari Jendela;P;01/02/1980;03/04/2023;hotline;PPKS-11;Layanan;Gambir;;\n"
                + "UI-2;;Sari Dua;P;01/02/1980;03/04/2023;hotline;PPKS-11;Entah;Gambir;;\n");
        List<String> messages = new ArrayList<>();
        List<id.pilar.cases.api.CaseImport.Preview> shown = new ArrayList<>();
        CaseImportModel m = new CaseImportModel(id.pilar.cases.api.CaseImport.get(), UiExecutor.DIRECT, shown::add, messages::add);
        int[] reloads = {0};
        Runnable listener = () -> reloads[0]++;
        id.pilar.ui.api.DataChanges.addListener(listener);
        try {
            m.check(csv);
            assertThat(m.preview().rows()).hasSize(1);
            assertThat(m.preview().rejects()).hasSize(1);
            assertThat(messages).last().isEqualTo(Bundle.MSG_ImportPreview(1, 0, 1));
            var r = m.run(id.pilar.cases.api.CaseImport.Progress.NONE);
            m.imported(r);
            assertThat(messages).last().isEqualTo(Bundle.MSG_ImportDone("imported 1, updated 0, rejected 1"));
            assertThat(reloads[0]).isEqualTo(1);
            assertThat(CaseService.get().findByNumber("UI-1")).isPresent();
        } finally {
            id.pilar.ui.api.DataChanges.removeListener(listener);
        }
    }

    private static CaseService.TimelineEntry entry(String at, String title) {
        return new CaseService.TimelineEntry(java.time.Instant.parse(at), "CATATAN", title, null, "admin");
    }

    @Test
    void theTimelineScrollsToTheEntryJustAddedEvenWhenALaterDatedOneFollows() {
        var opened = entry("2026-12-01T02:00:00Z", "Kasus dibuka");
        var dated = entry("2026-12-10T02:00:00Z", "Layanan: penempatan"); // dated ahead (another PC's clock)
        var added = entry("2026-12-03T15:30:00Z", "Catatan");
        List<CaseService.TimelineEntry> before = List.of(opened, dated);
        assertThat(CaseWindowModel.newestIndex(null, before)).as("first load: the end").isEqualTo(1);
        assertThat(CaseWindowModel.newestIndex(before, List.of(opened, added, dated))).as("the entry just added").isEqualTo(1);
        var second = entry("2026-12-03T15:31:00Z", "Asesmen \u2192 Rencana");
        assertThat(CaseWindowModel.newestIndex(before, List.of(opened, added, second, dated))).as("the newer of two added").isEqualTo(2);
        assertThat(CaseWindowModel.newestIndex(List.of(opened, added), List.of(opened, added, added)))
                .as("an equal twin of a shown entry is still new").isEqualTo(2);
        assertThat(CaseWindowModel.newestIndex(before, before)).as("nothing added: the end").isEqualTo(1);
        assertThat(CaseWindowModel.newestIndex(before, List.of())).isEqualTo(-1);
    }
}
