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
}
