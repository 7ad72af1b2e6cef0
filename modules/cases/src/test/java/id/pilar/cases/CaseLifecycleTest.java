package id.pilar.cases;

import static id.pilar.cases.CaseFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.api.ApprovalService;
import id.pilar.cases.api.ApprovalService.Approval;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.CasesException;
import id.pilar.cases.api.ClosureReason;
import id.pilar.cases.api.PlanService;
import id.pilar.cases.api.PlanService.Item;
import id.pilar.cases.api.PlanService.Plan;
import id.pilar.cases.api.PlanService.PlanStatus;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The state machine, numbers, approvals of plan and closure, reopening, optimistic locking. */
class CaseLifecycleTest {

    static TestDatabase db;
    static CaseService cases;
    static PlanService plans;
    static ApprovalService approvals;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        cases = CaseService.get();
        plans = PlanService.get();
        approvals = ApprovalService.get();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String code(Throwable t) {
        return ((CasesException) t).code();
    }

    @Test
    void numbersAreOfficePrefixYearAndSequenceNeverReused() {
        cases.setOfficePrefix("JPX");
        CaseDetail a = CaseFixtures.openCase("Ani Nomor");
        CaseDetail b = CaseFixtures.openCase("Budi Nomor");
        int year = TODAY.minusDays(30).getYear();
        assertThat(a.nomor()).matches("JPX-" + year + "-\\d{6}");
        assertThat(Integer.parseInt(b.nomor().substring(b.nomor().length() - 6)))
                .isEqualTo(Integer.parseInt(a.nomor().substring(a.nomor().length() - 6)) + 1);
        assertThat(cases.findByNumber(a.nomor())).map(CaseDetail::id).contains(a.id());
        assertThatThrownBy(() -> cases.setOfficePrefix("j p")).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_Prefix"));
        cases.setOfficePrefix("JP");
        assertThat(CaseFixtures.openCase("Citra Nomor").nomor()).startsWith("JP-" + year + "-");
    }

    @Test
    void fromIntakeToClosureThroughTheSupervisor() {
        CaseDetail c = CaseFixtures.openCase("Dedi Siklus");
        assertThat(c.status()).isEqualTo(CaseStatus.BARU);
        assertThat(c.langkah()).containsExactly(CaseStatus.ASESMEN);

        assertThatThrownBy(() -> cases.transition(c.id(), c.version(), CaseStatus.LAYANAN, null))
                .isInstanceOf(CasesException.class).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_IllegalTransition"));
        assertThatThrownBy(() -> cases.transition(c.id(), c.version(), CaseStatus.DITUTUP, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_CloseThroughApproval"));

        CaseDetail assessed = cases.transition(c.id(), c.version(), CaseStatus.ASESMEN, "mulai asesmen");
        CaseDetail planning = cases.transition(c.id(), assessed.version(), CaseStatus.RENCANA, null);
        assertThatThrownBy(() -> cases.transition(c.id(), planning.version(), CaseStatus.LAYANAN, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_PlanNotApproved"));

        Plan draft = plans.draft(c.id(), "rencana awal", List.of(new Item("Punya KTP", "Urus ke Dukcapil", "Pekerja sosial", TODAY.plusDays(14))));
        Plan submitted = plans.submit(draft.id());
        assertThat(submitted.status()).isEqualTo(PlanStatus.DIAJUKAN);
        assertThat(cases.find(c.id()).orElseThrow().summary().menunggu()).isEqualTo(ApprovalKind.RENCANA);
        Approval planApproval = approvals.pending().stream().filter(a -> a.caseId().equals(c.id())).findFirst().orElseThrow();
        approvals.approve(planApproval.id(), "setuju");
        assertThat(plans.revisions(c.id()).get(0).status()).isEqualTo(PlanStatus.DISETUJUI);

        // a second revision: the first stays, the approved one is marked and replaced only on approval
        Plan second = plans.submit(plans.draft(c.id(), "revisi", List.of(new Item("Pulang", "Hubungi keluarga", null, null))).id());
        approvals.reject(approvals.pending().stream().filter(a -> a.refId().equals(second.id())).findFirst().orElseThrow().id(), "kurang rinci");
        assertThat(plans.revisions(c.id())).extracting(Plan::status).containsExactly(PlanStatus.DITOLAK, PlanStatus.DISETUJUI);

        CaseDetail serving = cases.transition(c.id(), cases.find(c.id()).orElseThrow().version(), CaseStatus.LAYANAN, null);
        CaseDetail monitoring = cases.transition(c.id(), serving.version(), CaseStatus.PEMANTAUAN, null);

        assertThatThrownBy(() -> cases.requestClosure(c.id(), monitoring.version(), null, null, TODAY))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_NoClosureReason"));
        assertThatThrownBy(() -> cases.requestClosure(c.id(), monitoring.version(), ClosureReason.SELESAI, null, TODAY.minusDays(31)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_ClosingBeforeOpening"));
        assertThatThrownBy(() -> cases.requestClosure(c.id(), monitoring.version(), ClosureReason.LAINNYA, " ", TODAY))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_OtherNeedsText"));

        CaseDetail asked = cases.requestClosure(c.id(), monitoring.version(), ClosureReason.DIPULANGKAN, "ke Brebes", TODAY);
        assertThat(asked.status()).as("closure waits for the supervisor").isEqualTo(CaseStatus.PEMANTAUAN);
        assertThatThrownBy(() -> cases.requestClosure(c.id(), asked.version(), ClosureReason.SELESAI, null, TODAY))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_AlreadyWaiting"));
        Approval closure = approvals.forCase(c.id()).stream().filter(a -> a.jenis() == ApprovalKind.PENUTUPAN).findFirst().orElseThrow();
        approvals.approve(closure.id(), null);
        assertThatThrownBy(() -> approvals.approve(closure.id(), null)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_ApprovalDecided"));

        CaseDetail closed = cases.find(c.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.DITUTUP);
        assertThat(closed.alasanTutup()).isEqualTo(ClosureReason.DIPULANGKAN);
        assertThat(closed.tanggalTutup()).isEqualTo(TODAY);
        assertThatThrownBy(() -> cases.addNote(c.id(), "baru", false)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_CaseClosedNoChange"));

        assertThatThrownBy(() -> cases.reopen(c.id(), closed.version(), "  ")).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_ReasonRequired"));
        CaseDetail reopened = cases.reopen(c.id(), closed.version(), "kembali ke jalan");
        assertThat(reopened.status()).isEqualTo(CaseStatus.DIBUKA_KEMBALI);
        assertThat(reopened.alasanTutup()).isNull();

        List<CaseService.TimelineEntry> timeline = cases.timeline(c.id());
        assertThat(timeline).filteredOn(t -> t.jenis().equals("STATUS")).hasSize(7);
        assertThat(timeline).filteredOn(t -> t.jenis().equals("STATUS")).last().satisfies(t -> {
            assertThat(t.isi()).isEqualTo("kembali ke jalan");
            assertThat(t.oleh()).isNotBlank();
        });
        assertThat(timeline).extracting(CaseService.TimelineEntry::jenis).contains("RENCANA", "PERSETUJUAN");
    }

    @Test
    void twoWindowsEditingTheSameCase() {
        CaseDetail c = CaseFixtures.openCase("Eka Kunci");
        CaseDetail first = cases.transition(c.id(), c.version(), CaseStatus.ASESMEN, "jendela 1");
        assertThatThrownBy(() -> cases.requestClosure(c.id(), c.version(), ClosureReason.HILANG_KONTAK, null, TODAY))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("muat ulang");
        CaseDetail now = cases.find(c.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(first.version());
        assertThat(now.summary().menunggu()).as("nothing of the refused change was written").isNull();
        assertThat(approvals.forCase(c.id())).isEmpty();
    }

    @Test
    void badInputOfTheDraft() {
        String p = CaseFixtures.person("Fajar Salah");
        assertThatThrownBy(() -> cases.open(CaseFixtures.draftFor(p, TODAY.plusDays(1))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_FutureOpening"));
        var draft = CaseFixtures.draftFor(p, TODAY);
        assertThatThrownBy(() -> cases.open(new CaseService.CaseDraft(List.of(p), null, draft.sumber(), "PPKS-99", null, null, TODAY, null, null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_UnknownCategory"));
        assertThatThrownBy(() -> cases.open(new CaseService.CaseDraft(List.of(), null, draft.sumber(), null, null, null, TODAY, null, null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_NoClient"));
        assertThatThrownBy(() -> cases.open(new CaseService.CaseDraft(List.of(p), null, draft.sumber(), null, null, null, TODAY, "99.99", null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_UnknownKelurahan"));
    }
}
