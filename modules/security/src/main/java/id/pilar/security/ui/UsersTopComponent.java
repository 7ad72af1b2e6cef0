package id.pilar.security.ui;

import id.pilar.security.api.Role;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Keamanan → Pengguna: accounts and roles (Admin only; the service refuses others). */
@TopComponent.Description(preferredID = "PenggunaTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@Messages({
    "CTL_UsersAction=Pengguna dan peran",
    "CTL_UsersTopComponent=Pengguna",
    "COL_Username=Nama pengguna",
    "COL_DisplayName=Nama lengkap",
    "COL_Role=Peran",
    "COL_Active=Aktif",
    "COL_LastLogin=Terakhir masuk",
    "COL_LockedUntil=Terkunci sampai",
    "VAL_Yes=ya",
    "VAL_No=tidak",
    "BTN_Refresh=Muat ulang",
    "BTN_AddUser=Tambah akun",
    "BTN_SetRole=Ubah peran",
    "BTN_Activate=Aktifkan",
    "BTN_Deactivate=Nonaktifkan",
    "BTN_ResetPassword=Atur ulang kata sandi",
    "LBL_NewAccount=Akun baru",
    "LBL_Selected=Akun terpilih"
})
public final class UsersTopComponent extends FxTopComponent {

    /** The menu item: disabled for roles without {@code USER_ADMIN}. */
    @ActionID(category = "Keamanan", id = "id.pilar.security.ui.UsersTopComponent")
    @ActionRegistration(displayName = "#CTL_UsersAction", lazy = false)
    @ActionReference(path = "Menu/Keamanan", position = 10)
    public static final class Open extends id.pilar.ui.api.PermittedOpenAction {
        public Open() {
            super(Bundle.CTL_UsersAction(), id.pilar.security.api.SecurityPermissions.USER_ADMIN, "PenggunaTopComponent", UsersTopComponent::new);
        }
    }

    public UsersTopComponent() {
        setName(Bundle.CTL_UsersTopComponent());
    }

    @Override
    protected Parent createContent() {
        UsersViewModel vm = new UsersViewModel(UserAccounts.get(), UiExecutor.standard());
        TableView<UserInfo> table = Views.table(
                Views.column(Bundle.COL_Username(), UserInfo::username, 120),
                Views.column(Bundle.COL_DisplayName(), UserInfo::displayName, 180),
                Views.column(Bundle.COL_Role(), u -> u.role().label(), 150),
                Views.column(Bundle.COL_Active(), u -> u.active() ? Bundle.VAL_Yes() : Bundle.VAL_No(), 60),
                Views.column(Bundle.COL_LastLogin(), u -> Formats.dateTime(u.lastLoginAt()), 130),
                Views.column(Bundle.COL_LockedUntil(), u -> Formats.dateTime(u.lockedUntil()), 130));
        table.setItems(vm.users());

        TextField username = new TextField();
        TextField name = new TextField();
        ComboBox<Role> role = new ComboBox<>();
        role.getItems().setAll(Role.values());
        role.setValue(Role.OPERATOR);
        PasswordField pw = new PasswordField();
        PasswordField pw2 = new PasswordField();
        Button add = new Button(Bundle.BTN_AddUser());
        add.setOnAction(e -> vm.create(username.getText(), name.getText(), role.getValue(),
                pw.getText().toCharArray(), pw2.getText().toCharArray()));

        ComboBox<Role> newRole = new ComboBox<>();
        newRole.getItems().setAll(Role.values());
        newRole.setValue(Role.PEKERJA_SOSIAL);
        Button setRole = new Button(Bundle.BTN_SetRole());
        setRole.setOnAction(e -> vm.changeRole(table.getSelectionModel().getSelectedItem(), newRole.getValue()));
        Button activate = new Button(Bundle.BTN_Activate());
        activate.setOnAction(e -> vm.setActive(table.getSelectionModel().getSelectedItem(), true));
        Button deactivate = new Button(Bundle.BTN_Deactivate());
        deactivate.setOnAction(e -> vm.setActive(table.getSelectionModel().getSelectedItem(), false));
        PasswordField reset = new PasswordField();
        PasswordField reset2 = new PasswordField();
        Button resetButton = new Button(Bundle.BTN_ResetPassword());
        resetButton.setOnAction(e -> vm.resetPassword(table.getSelectionModel().getSelectedItem(),
                reset.getText().toCharArray(), reset2.getText().toCharArray()));
        Button refresh = new Button(Bundle.BTN_Refresh());
        refresh.setOnAction(e -> vm.reload());

        VBox newAccount = new VBox(4, Views.title(Bundle.LBL_NewAccount()), Views.form(
                Bundle.LBL_Username(), username, Bundle.LBL_DisplayName(), name, Bundle.COL_Role(), role,
                Bundle.LBL_Password(), pw, Bundle.LBL_PasswordAgain(), pw2), add);
        VBox selected = new VBox(4, Views.title(Bundle.LBL_Selected()), new HBox(8, newRole, setRole),
                new HBox(8, activate, deactivate), Views.form(Bundle.LBL_NewPassword(), reset, Bundle.LBL_NewPasswordAgain(), reset2),
                resetButton);
        VBox root = new VBox(10, new HBox(8, refresh), table, Views.messageLine(vm), new HBox(40, newAccount, selected));
        root.setPadding(new Insets(16));
        vm.reload();
        return root;
    }
}
