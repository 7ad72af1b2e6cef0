package id.pilar.cases;

import static id.pilar.cases.CaseFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.api.ApprovalService;
import id.pilar.cases.api.AssessmentService;
import id.pilar.cases.api.AssessmentService.Domain;
import id.pilar.cases.api.AssessmentService.FieldKind;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseService.CaseFilter;
import id.pilar.cases.api.CaseService.Note;
import id.pilar.cases.api.CasesException;
import id.pilar.cases.api.ReferralService;
import id.pilar.cases.api.ReferralService.Institution;
import id.pilar.cases.api.ReferralService.InstitutionKind;
import id.pilar.cases.api.ReferralService.Referral;
import id.pilar.cases.api.ServiceKind;
import id.pilar.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Notes and their corrections, tasks and overdue, services, the data-driven assessment, referrals with capacity, filters. */
class CaseWorkTest {

    static TestDatabase db;
    static CaseService cases;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        cases = CaseService.get();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String code(Throwable t) {
        return ((CasesException) t).code();
    }

    @Test
    void aCorrectionKeepsTheOriginalNote() {
        CaseDetail c = CaseFixtures.openCase("Gita Catatan");
        Note first = cases.addNote(c.id(), "Klien menolak ke panti", false);
        Note fixed = cases.correctNote(first.id(), "Klien bersedia ke panti setelah dibujuk");
        assertThat(fixed.koreksiDari()).isEqualTo(first.id());
        assertThat(cases.notes(c.id())).extracting(Note::teks).containsExactly("Klien menolak ke panti", "Klien bersedia ke panti setelah dibujuk");
        assertThat(cases.notes(c.id()).get(0).dikoreksi()).isTrue();
        assertThatThrownBy(() -> cases.correctNote(first.id(), "lagi")).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_NoteAlreadyCorrected"));
        assertThatThrownBy(() -> cases.addNote(c.id(), "  ", false)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_NoteRequired"));
    }

    @Test
    void tasksWithDueDatesAndTheOverdueList() {
        CaseDetail c = CaseFixtures.openCase("Hadi Tugas");
        assertThatThrownBy(() -> cases.addTask(c.id(), "Kunjungan", TODAY.minusDays(31), null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_DueBeforeOpening"));
        var late = cases.addTask(c.id(), "Kunjungan rumah", TODAY.minusDays(2), null);
        var soon = cases.addTask(c.id(), "Cek KTP", TODAY.plusDays(3), null);
        assertThat(late.terlambat()).isTrue();
        assertThat(soon.terlambat()).isFalse();
        assertThat(cases.overdueTasks()).extracting(CaseService.Task::id).contains(late.id()).doesNotContain(soon.id());
        assertThat(cases.myTasks()).extracting(CaseService.Task::id).contains(late.id(), soon.id());
        assertThat(cases.find(c.id()).orElseThrow().summary().terlambat()).isTrue();
        assertThat(cases.list(new CaseFilter(null, null, null, null, true, null, null, 100))).extracting(CaseService.CaseSummary::id).contains(c.id());
        cases.completeTask(late.id());
        assertThat(cases.overdueTasks()).extracting(CaseService.Task::id).doesNotContain(late.id());
        assertThat(cases.timeline(c.id())).extracting(CaseService.TimelineEntry::judul).contains("Tugas selesai: Kunjungan rumah");
    }

    @Test
    void theCaseWindowsOneReadHoldsWhatTheSeparateReadsReturn() {
        CaseDetail c = CaseFixtures.openCase("Indah Sekali Baca");
        cases.addNote(c.id(), "Kunjungan pertama", false);
        cases.addNote(c.id(), "Pemeriksaan kesehatan", true);
        cases.addTask(c.id(), "Antar ke Dukcapil", TODAY.plusDays(5), null);
        cases.addService(c.id(), id.pilar.cases.api.ServiceKind.values()[0], TODAY, "Sudinsos", "diterima");
        CaseService.Activity a = cases.activity(c.id());
        assertThat(a.notes()).hasSize(2).isEqualTo(cases.notes(c.id()));
        assertThat(a.tasks()).hasSize(1).isEqualTo(cases.tasks(c.id()));
        assertThat(a.services()).hasSize(1).isEqualTo(cases.services(c.id()));
        assertThat(a.timeline()).isEqualTo(cases.timeline(c.id()));
        assertThat(a.timeline()).extracting(CaseService.TimelineEntry::jenis).contains("STATUS", "CATATAN", "TUGAS", "LAYANAN");
    }

    @Test
    void servicesAreDatedWithinTheCase() {
        CaseDetail c = CaseFixtures.openCase("Intan Layanan");
        assertThatThrownBy(() -> cases.addService(c.id(), ServiceKind.MAKANAN, TODAY.plusDays(1), null, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_ServiceDate"));
        cases.addService(c.id(), ServiceKind.SHELTER, TODAY.minusDays(10), "Panti Sosial Bina Insan", "ditempatkan");
        assertThat(cases.services(c.id())).singleElement().satisfies(s -> assertThat(s.penyedia()).isEqualTo("Panti Sosial Bina Insan"));
    }

    @Test
    void assessmentDomainsAreDataASupervisorExtends() {
        AssessmentService a = AssessmentService.get();
        CaseDetail c = CaseFixtures.openCase("Joko Asesmen");
        assertThat(a.form(c.id())).extracting(Domain::kode)
                .containsExactly("ADMINDUK", "TEMPAT_TINGGAL", "KESEHATAN", "KESEHATAN_JIWA", "KELUARGA", "PENDAPATAN", "PENDIDIKAN", "HUKUM");
        Domain adminduk = a.form(c.id()).get(0);
        assertThatThrownBy(() -> a.save(c.id(), Map.of(adminduk.fields().get(0).id(), "7")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_BadScale"));
        a.save(c.id(), Map.of(adminduk.fields().get(0).id(), "4", adminduk.fields().get(1).id(), "Tidak punya KTP"));
        Domain added = a.addDomain("DISABILITAS", "Disabilitas", false);
        var field = a.addField(added.id(), "ALAT_BANTU", "Perlu alat bantu", FieldKind.YA_TIDAK);
        a.save(c.id(), Map.of(field.id(), "Ya"));
        var form = a.form(c.id());
        assertThat(form.get(0).fields()).extracting(AssessmentService.Field::nilai).containsExactly("4", "Tidak punya KTP");
        assertThat(form).last().satisfies(d -> assertThat(d.fields()).singleElement().satisfies(f -> assertThat(f.nilai()).isEqualTo("ya")));
        assertThatThrownBy(() -> a.addDomain("DISABILITAS", "Lagi", false)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_CodeTaken"));
        assertThat(a.bansos(c.id())).singleElement().satisfies(p -> assertThat(p.terdaftar()).isFalse());
    }

    @Test
    void aReferralToAFullInstitutionNeedsTheSupervisor() {
        ReferralService r = ReferralService.get();
        Institution panti = r.saveInstitution(new Institution(null, "Panti Sosial Bina Insan Bangun Daya 1", InstitutionKind.PANTI_SOSIAL,
                "Jl. Kedoya", "021-555", 1, 0));
        CaseDetail a = CaseFixtures.openCase("Kiki Rujuk");
        CaseDetail b = CaseFixtures.openCase("Lina Rujuk");
        Referral first = r.refer(a.id(), panti.id(), TODAY, "butuh tempat tinggal");
        assertThat(first.status()).isEqualTo("DIKIRIM");
        assertThat(first.penuh()).isFalse();
        r.advance(first.id(), "DITERIMA", null);
        assertThat(r.institutions()).filteredOn(i -> i.id().equals(panti.id())).singleElement().satisfies(i -> assertThat(i.sisa()).isZero());
        assertThatThrownBy(() -> r.advance(first.id(), "DIKIRIM", null)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_ReferralStep"));

        Referral second = r.refer(b.id(), panti.id(), TODAY, "butuh tempat tinggal");
        assertThat(second.penuh()).isTrue();
        assertThat(second.status()).isEqualTo("MENUNGGU_IZIN");
        assertThat(second.keadaan()).as("the state in words, as the window and the summary show it").isEqualTo("menunggu izin supervisor (lembaga penuh)");
        assertThatThrownBy(() -> r.advance(second.id(), "DITERIMA", null)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_ReferralStep"));
        var approval = ApprovalService.get().forCase(b.id()).stream().filter(x -> x.jenis() == ApprovalKind.RUJUKAN_PENUH).findFirst().orElseThrow();
        ApprovalService.get().approve(approval.id(), "darurat, tambah kasur lipat");
        Referral sent = r.forCase(b.id()).get(0);
        assertThat(sent.status()).isEqualTo("DIKIRIM");
        assertThat(sent.izinOleh()).isNotBlank();
        r.advance(sent.id(), "DITERIMA", null);
        assertThat(cases.timeline(b.id())).extracting(CaseService.TimelineEntry::jenis).contains("RUJUKAN", "PERSETUJUAN");
    }

    @Test
    void anInstitutionWithoutBedsIsNeverFull() {
        ReferralService r = ReferralService.get();
        Institution dukcapil = r.saveInstitution(new Institution(null, "Suku Dinas Dukcapil Jakarta Pusat", InstitutionKind.INSTANSI_LAIN,
                null, null, 0, 0));
        assertThat(dukcapil.tanpaTempatTidur()).isTrue();
        assertThat(dukcapil.penuh()).isFalse();
        CaseDetail c = CaseFixtures.openCase("Nina Dokumen");
        Referral sent = r.refer(c.id(), dukcapil.id(), TODAY, "KTP hilang");
        assertThat(sent.status()).isEqualTo("DIKIRIM");
        assertThat(sent.penuh()).isFalse();
        assertThat(r.advance(sent.id(), "DITERIMA", null).status()).isEqualTo("DITERIMA");
        assertThat(ApprovalService.get().forCase(c.id())).noneMatch(x -> x.jenis() == ApprovalKind.RUJUKAN_PENUH);
    }

    @Test
    void filtersOfTheCaseList() {
        CaseDetail c = CaseFixtures.openCase("Maya Saring");
        assertThat(cases.list(new CaseFilter(null, null, "31.71.01.1001", "PPKS-11", false, null, "maya", 50)))
                .extracting(CaseService.CaseSummary::id).containsExactly(c.id());
        assertThat(cases.list(new CaseFilter(id.pilar.cases.api.CaseStatus.DITUTUP, null, null, null, false, null, "maya", 50))).isEmpty();
        assertThat(cases.list(new CaseFilter(null, null, null, null, false, null, c.nomor(), 50))).extracting(CaseService.CaseSummary::id)
                .containsExactly(c.id());
        assertThat(cases.forPerson(c.klien().get(0).id())).extracting(CaseService.CaseSummary::id).containsExactly(c.id());
        assertThat(cases.caseLoad()).isNotEmpty();
    }
}
