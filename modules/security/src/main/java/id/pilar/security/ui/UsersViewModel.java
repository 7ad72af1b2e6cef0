package id.pilar.security.ui;

import id.pilar.security.api.PasswordRules;
import id.pilar.security.api.Role;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.ui.api.UiExecutor;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/** The user-management window (Admin): list, add, change role, (de)activate, reset password. */
@Messages({
    "# {0} - user",
    "MSG_UserCreated=Akun {0} dibuat.",
    "# {0} - user", "# {1} - role",
    "MSG_RoleChanged=Peran {0} sekarang {1}.",
    "# {0} - user",
    "MSG_UserActivated=Akun {0} diaktifkan.",
    "# {0} - user",
    "MSG_UserDeactivated=Akun {0} dinonaktifkan.",
    "# {0} - user",
    "MSG_PasswordReset=Kata sandi {0} diganti; kunci akun (jika ada) dibuka.",
    "MSG_ChooseUser=Pilih akun di tabel dulu."
})
final class UsersViewModel extends ViewModelSupport {

    private final UserAccounts accounts;
    private final ObservableList<UserInfo> users = FXCollections.observableArrayList();

    UsersViewModel(UserAccounts accounts, UiExecutor ui) {
        super(ui, null);
        this.accounts = accounts;
    }

    ObservableList<UserInfo> users() {
        return users;
    }

    void reload() {
        background(accounts::list, users::setAll);
    }

    void create(String username, String displayName, Role role, char[] password, char[] again) {
        Optional<String> problem = PasswordRules.usernameProblem(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .or(() -> PasswordRules.problem(username, password, again));
        if (problem.isPresent()) {
            refuse(problem.get());
            return;
        }
        background(() -> accounts.create(username, displayName, role, password), u -> {
            say(Bundle.MSG_UserCreated(u.username()));
            reload();
        });
    }

    void changeRole(UserInfo user, Role role) {
        if (user == null) {
            refuse(Bundle.MSG_ChooseUser());
            return;
        }
        background(() -> accounts.changeRole(user.id(), role), u -> {
            say(Bundle.MSG_RoleChanged(u.username(), u.role().label()));
            reload();
        });
    }

    void setActive(UserInfo user, boolean active) {
        if (user == null) {
            refuse(Bundle.MSG_ChooseUser());
            return;
        }
        background(() -> accounts.setActive(user.id(), active), u -> {
            say(active ? Bundle.MSG_UserActivated(u.username()) : Bundle.MSG_UserDeactivated(u.username()));
            reload();
        });
    }

    void resetPassword(UserInfo user, char[] password, char[] again) {
        if (user == null) {
            refuse(Bundle.MSG_ChooseUser());
            return;
        }
        Optional<String> problem = PasswordRules.problem(user.username(), password, again);
        if (problem.isPresent()) {
            refuse(problem.get());
            return;
        }
        background(() -> accounts.resetPassword(user.id(), password), u -> {
            say(Bundle.MSG_PasswordReset(u.username()));
            reload();
        });
    }
}
