package id.pilar.rosters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.Sex;
import id.pilar.rosters.api.DutyDraft;
import id.pilar.rosters.api.DutyKind;
import id.pilar.rosters.api.MemberCheck;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberRef;
import id.pilar.rosters.api.ShiftDraft;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** View models on a real database with {@link UiExecutor#DIRECT}: no toolkit, no threads. */
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

    @Test
    void aFinishedImportTellsOpenViewsToReloadButACancelledOneDoesNot() {
        int[] fired = {0};
        Runnable listener = () -> fired[0]++;
        id.pilar.ui.api.DataChanges.addListener(listener);
        try {
            MemberImportViewModel vm = new MemberImportViewModel(UiExecutor.DIRECT);
            vm.imported(0);
            assertThat(fired[0]).isZero();
            vm.imported(3);
            assertThat(fired[0]).isEqualTo(1);
            assertThat(vm.messageProperty().get()).contains("3");
        } finally {
            id.pilar.ui.api.DataChanges.removeListener(listener);
        }
    }

    @Test
    void aRefusalIsShownThroughTheOneMappingWithEachFindingOnItsLine() {
        assertThat(ViewModel.describe(new id.pilar.rosters.api.RostersException(List.of("Satu.", "Dua."))))
                .isEqualTo("Satu.\nDua.");
        assertThat(ViewModel.describe(new java.util.concurrent.CompletionException(
                new id.pilar.core.api.error.ConcurrentChangeException(new RuntimeException("stale")))))
                .startsWith("Data ini baru saja diubah");
        assertThat(ViewModel.describe(new IllegalStateException("internal detail")))
                .doesNotContain("internal detail").startsWith("Terjadi kesalahan tak terduga");
    }

    @Test
    void rosterWeekAndMonthPeriodsStartOnMondayAndEndOnSunday() {
        RosterViewModel vm = new RosterViewModel(UiExecutor.DIRECT);
        vm.anchorProperty().set(LocalDate.of(2026, 7, 15));
        assertThat(vm.from()).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(vm.to()).isEqualTo(LocalDate.of(2026, 7, 19));
        vm.modeProperty().set(RosterViewModel.Mode.MONTH);
        assertThat(vm.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(vm.from()).isBeforeOrEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(vm.to()).isAfterOrEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void aClerkPlansADutyAndAssignsAMemberFromTheRosterView() {
        MembersViewModel members = new MembersViewModel(UiExecutor.DIRECT);
        List<MemberCheck> checks = new ArrayList<>();
        List<MemberRef> duplicates = new ArrayList<>();
        MemberDraft draft = MemberDraft.basic("3171052001950003", "Putri Ayu", Sex.PEREMPUAN, null, null, "31.71.05.1001");
        members.open(null);
        members.save(draft, checks::add, duplicates::add);
        assertThat(members.selectedProperty().get()).isNotNull();
        assertThat(members.messageProperty().get()).isEqualTo(Bundle.MSG_MemberSaved());

        members.open(null);
        members.save(draft, checks::add, duplicates::add);
        assertThat(duplicates).singleElement().satisfies(d -> assertThat(d.fullName()).isEqualTo("Putri Ayu"));

        members.open(null);
        members.save(MemberDraft.basic("123", "", null, null, null, null), checks::add, duplicates::add);
        assertThat(checks.get(checks.size() - 1).errors()).isNotEmpty();
        assertThat(members.selectedProperty().get()).as("nothing saved").isNull();

        RosterViewModel vm = new RosterViewModel(UiExecutor.DIRECT);
        LocalDate day = LocalDate.of(2026, 8, 17);
        vm.plan(new DutyDraft(DutyKind.UPACARA, "Upacara HUT RI", day, "31.71.05.1001", "Lapangan Banteng", null, List.of(), null,
                List.of(new ShiftDraft(LocalTime.of(6, 0), LocalTime.of(10, 0), 2))), () -> { });
        assertThat(vm.messageProperty().get()).isEqualTo(Bundle.MSG_Planned(1));
        assertThat(vm.on(day)).singleElement().satisfies(s -> assertThat(s.underStaffed()).isTrue());
        vm.selectedProperty().set(vm.on(day).get(0));
        vm.searchMembers("putri");
        assertThat(vm.candidates()).hasSize(1);
        vm.assign(vm.candidates().get(0));
        // Putri has no membership: she is assigned, and the clerk is told why that is a problem.
        assertThat(vm.messageProperty().get()).startsWith(Bundle.MSG_AssignedWithWarnings("")).contains("keanggotaan");
        assertThat(vm.selectedProperty().get().members()).hasSize(1);
    }

    @Test
    void reportsNeedAPeriodAndProduceATable() {
        ReportsViewModel vm = new ReportsViewModel(UiExecutor.DIRECT);
        vm.run(ReportsViewModel.Kind.HOURS_MEMBER, null, LocalDate.of(2026, 1, 1));
        assertThat(vm.messageProperty().get()).isEqualTo(Bundle.ERR_Period());
        vm.run(ReportsViewModel.Kind.WILAYAH, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(vm.tableProperty().get().rows()).hasSizeGreaterThanOrEqualTo(44);
        vm.run(ReportsViewModel.Kind.HOURS_MEMBER, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1));
        assertThat(vm.messageProperty().get()).contains("Akhir periode sebelum awal periode");
    }

    @Test
    void shiftLinesAndClockTimesAreReadAsClerksTypeThem() {
        List<String> problems = new ArrayList<>();
        List<ShiftDraft> shifts = DutyDialog.parseShifts("07.00-12.00 5\n22:00 – 06:00 3\n\nsalah", problems);
        assertThat(shifts).containsExactly(new ShiftDraft(LocalTime.of(7, 0), LocalTime.of(12, 0), 5),
                new ShiftDraft(LocalTime.of(22, 0), LocalTime.of(6, 0), 3));
        assertThat(problems).containsExactly(Bundle.ERR_ShiftLine("salah"));
        assertThat(Fx.parseClock("0730")).isEqualTo(LocalTime.of(7, 30));
        assertThat(Fx.parseClock("7.05")).isEqualTo(LocalTime.of(7, 5));
        assertThat(Fx.parseClock("25.00")).isNull();
        AttendanceViewModel att = new AttendanceViewModel(UiExecutor.DIRECT);
        att.load();
        assertThat(att.rows()).isEmpty();
    }

    @Test
    void anOrganisationSavesTwiceAndTheListKeepsItsFilter() {
        OrganisationsViewModel vm = new OrganisationsViewModel(UiExecutor.DIRECT);
        vm.load("", null);
        String tagana = vm.choicesProperty().get().psks().stream().filter(k -> k.label().contains("Tagana")).findFirst().orElseThrow().kode();
        vm.search("uji", null);
        vm.select(null);
        id.pilar.rosters.api.OrganisationDraft draft = new id.pilar.rosters.api.OrganisationDraft("Tagana Uji Gambir", tagana, "JP03-9001",
                null, null, null, "Jl. Uji 1", "31.71.01.1001", "Ketua Uji", id.pilar.rosters.api.OrganisationStatus.AKTIF);
        vm.save(draft);
        assertThat(vm.messageProperty().get()).isEqualTo(Bundle.MSG_OrganisationSaved());
        assertThat(vm.selectedProperty().get().psksKode()).isEqualTo(tagana);
        assertThat(vm.organisations()).extracting(id.pilar.rosters.api.Organisation::name).containsExactly("Tagana Uji Gambir");

        vm.save(draft); // the second save of the same organisation, as the clerk did
        assertThat(vm.messageProperty().get()).isEqualTo(Bundle.MSG_OrganisationSaved());
        assertThat(vm.organisations()).hasSize(1);
    }
}
