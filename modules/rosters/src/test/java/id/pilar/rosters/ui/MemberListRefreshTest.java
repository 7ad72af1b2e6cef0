package id.pilar.rosters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.Sex;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import org.junit.jupiter.api.Test;

/** A member just added shows in the member list at once, without pressing "Cari" again. */
class MemberListRefreshTest {

    @Test
    void theListShowsTheNewMemberAfterSaving() {
        try (TestDatabase db = TestDatabase.create()) {
            MembersViewModel vm = new MembersViewModel(UiExecutor.DIRECT);
            vm.search("");
            int before = vm.results().size();
            vm.open(null);
            vm.save(MemberDraft.basic("3171054102960004", "Dewi Lestari", Sex.PEREMPUAN, null, null, "31.71.05.1001"), c -> { }, d -> { });
            assertThat(vm.results()).hasSize(before + 1);
            assertThat(vm.results()).extracting(Member::fullName).contains("Dewi Lestari");
        }
    }
}
