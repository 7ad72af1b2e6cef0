package id.pilar.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.security.api.Role;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user-management view model against the real service, without a toolkit. */
class UsersViewModelTest {

    private TestDatabase db;
    private UsersViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        UserAccounts accounts = UserAccounts.get();
        accounts.createFirstAdmin("admin", "Admin", "kata-sandi-admin".toCharArray());
        accounts.login("admin", "kata-sandi-admin".toCharArray());
        vm = new UsersViewModel(accounts, UiExecutor.DIRECT);
    }

    @AfterEach
    void close() {
        UserAccounts.get().logout();
        db.close();
    }

    @Test
    void createsAccountsAndShowsRefusalsAsMessages() {
        vm.reload();
        assertThat(vm.users()).extracting(UserInfo::username).containsExactly("admin");

        vm.create("sri", "Sri Wahyuni", Role.PEKERJA_SOSIAL, "kata-sandi-sri".toCharArray(), "kata-sandi-sri".toCharArray());
        assertThat(vm.error().get()).isFalse();
        assertThat(vm.message().get()).isEqualTo("Akun sri dibuat.");
        assertThat(vm.users()).extracting(UserInfo::username).containsExactly("admin", "sri");

        vm.create("budi", "Budi", Role.OPERATOR, "kata-sandi-1".toCharArray(), "kata-sandi-2".toCharArray());
        assertThat(vm.error().get()).isTrue();
        assertThat(vm.message().get()).contains("tidak sama");

        vm.create("sri", "Sri Lain", Role.OPERATOR, "kata-sandi-sri".toCharArray(), "kata-sandi-sri".toCharArray());
        assertThat(vm.message().get()).contains("sudah dipakai");

        UserInfo admin = vm.users().get(0);
        vm.setActive(admin, false);
        assertThat(vm.error().get()).isTrue();
        assertThat(vm.message().get()).contains("akun Anda sendiri");

        vm.changeRole(vm.users().get(1), Role.SUPERVISOR);
        assertThat(vm.message().get()).isEqualTo("Peran sri sekarang Supervisor.");
    }

    @Test
    void aNonAdminSeesTheAccessRefusalNotAStackTrace() {
        UserAccounts.get().create("op1", "Operator", Role.OPERATOR, "kata-sandi-op1".toCharArray());
        UserAccounts.get().logout();
        UserAccounts.get().login("op1", "kata-sandi-op1".toCharArray());
        vm.reload();
        assertThat(vm.error().get()).isTrue();
        // The refusal names what was refused in words, never the permission id (core's AccessDeniedException since the contract API).
        assertThat(vm.message().get()).startsWith("Akses ditolak").contains("kelola akun pengguna").doesNotContain("security.user.admin");
        assertThat(vm.users()).isEmpty();
    }
}
