package id.pilar.security.ui;

import id.pilar.security.api.BackupInfo;
import id.pilar.security.api.Backups;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Keamanan → Cadangan dan pemulihan: encrypted backups, restore, automatic-backup settings. */
@TopComponent.Description(preferredID = "CadanganTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@Messages({
    "CTL_BackupAction=Cadangan dan pemulihan",
    "CTL_BackupTopComponent=Cadangan",
    "COL_Created=Dibuat",
    "COL_File=Berkas",
    "COL_By=Oleh",
    "COL_Kind=Jenis",
    "COL_Size=Ukuran (KB)",
    "VAL_Automatic=otomatis",
    "VAL_Manual=manual",
    "BTN_BackupNow=Buat cadangan…",
    "BTN_RestoreSelected=Pulihkan cadangan terpilih",
    "BTN_RestoreFile=Pulihkan dari berkas…",
    "BTN_SaveSettings=Simpan pengaturan",
    "LBL_Folder=Folder cadangan (kosong = bawaan):",
    "LBL_Keep=Simpan cadangan otomatis sebanyak:",
    "LBL_Automatic=Cadangan otomatis saat keluar dan tiap hari",
    "LBL_IdleMinutes=Kunci layar setelah menganggur (menit, 0 = tidak):",
    "LBL_AutoPassphrase=Kata sandi cadangan otomatis (kosong = tidak diubah):",
    "LBL_Settings=Pengaturan",
    "LBL_BackupPassphrase=Kata sandi cadangan:",
    "TTL_ConfirmRestore=Pulihkan basis data?",
    "# {0} - backup", "# {1} - date",
    "MSG_ConfirmRestore=Basis data sekarang akan diganti dengan isi cadangan {0} ({1}).\nPerubahan setelah cadangan itu dibuat tidak ada di cadangan.\nBerkas sekarang disimpan di sampingnya (.diganti-…). Lanjutkan?",
    "# {0} - backup",
    "MSG_ConfirmRestoreNoDate=Basis data sekarang akan diganti dengan isi cadangan {0}.\nPerubahan setelah cadangan itu dibuat tidak ada di cadangan.\nBerkas sekarang disimpan di sampingnya (.diganti-…). Lanjutkan?",
    "MSG_PassphraseRequired=Isi kata sandi cadangan dulu (dua kali saat membuat cadangan).",
    "LBL_BackupFiles=Cadangan Pilar (*.pilarbak)"
})
public final class BackupTopComponent extends FxTopComponent {

    /** The menu item: disabled for roles without {@code BACKUP_ADMIN}. */
    @ActionID(category = "Keamanan", id = "id.pilar.security.ui.BackupTopComponent")
    @ActionRegistration(displayName = "#CTL_BackupAction", lazy = false)
    @ActionReference(path = "Menu/Keamanan", position = 20)
    public static final class Open extends id.pilar.ui.api.PermittedOpenAction {
        public Open() {
            super(Bundle.CTL_BackupAction(), id.pilar.security.api.SecurityPermissions.BACKUP_ADMIN, "CadanganTopComponent", BackupTopComponent::new);
        }
    }

    public BackupTopComponent() {
        setName(Bundle.CTL_BackupTopComponent());
    }

    @Override
    protected Parent createContent() {
        BackupViewModel vm = new BackupViewModel(Backups.get(), UiExecutor.standard(), ViewModelSupport.LongWork.BACKGROUND);
        TableView<BackupInfo> table = Views.table(
                Views.column(Bundle.COL_Created(), b -> Formats.dateTime(b.createdAt()), 130),
                Views.column(Bundle.COL_File(), b -> b.file().getFileName().toString(), 260),
                Views.column(Bundle.COL_By(), BackupInfo::createdBy, 100),
                Views.column(Bundle.COL_Kind(), b -> b.automatic() ? Bundle.VAL_Automatic() : Bundle.VAL_Manual(), 80),
                Views.column(Bundle.COL_Size(), b -> Formats.number(b.sizeBytes() / 1024), 90));
        table.setItems(vm.backups());

        PasswordField pass = new PasswordField();
        PasswordField pass2 = new PasswordField();
        Button backup = new Button(Bundle.BTN_BackupNow());
        backup.setOnAction(e -> {
            if (pass.getText().isEmpty() || !pass.getText().equals(pass2.getText())) {
                vm.fail(new IllegalArgumentException(Bundle.MSG_PassphraseRequired()));
                return;
            }
            FileChooser fc = chooser();
            fc.setInitialFileName("pilar-" + id.pilar.core.api.time.JakartaTime.today() + Backups.EXTENSION);
            File f = fc.showSaveDialog(null);
            if (f != null) {
                vm.backup(f.toPath(), pass.getText().toCharArray());
            }
        });
        Button restoreSelected = new Button(Bundle.BTN_RestoreSelected());
        restoreSelected.setOnAction(e -> {
            BackupInfo b = table.getSelectionModel().getSelectedItem();
            if (b != null) {
                confirmAndRestore(vm, b.file(), Formats.dateTime(b.createdAt()), pass.getText());
            }
        });
        Button restoreFile = new Button(Bundle.BTN_RestoreFile());
        restoreFile.setOnAction(e -> {
            File f = chooser().showOpenDialog(null);
            if (f != null) {
                confirmAndRestore(vm, f.toPath(), madeOn(f.toPath()), pass.getText());
            }
        });

        TextField folder = new TextField();
        folder.setPrefColumnCount(30);
        TextField keep = new TextField();
        keep.setPrefColumnCount(4);
        CheckBox automatic = new CheckBox(Bundle.LBL_Automatic());
        TextField idle = new TextField();
        idle.setPrefColumnCount(4);
        PasswordField autoPass = new PasswordField();
        Button save = new Button(Bundle.BTN_SaveSettings());
        save.setOnAction(e -> vm.saveSettings(folder.getText(), keep.getText(), automatic.isSelected(), idle.getText(),
                autoPass.getText().isEmpty() ? null : autoPass.getText().toCharArray()));

        VBox settings = new VBox(4, Views.title(Bundle.LBL_Settings()), Views.form(
                Bundle.LBL_Folder(), folder, Bundle.LBL_Keep(), keep, Bundle.LBL_IdleMinutes(), idle,
                Bundle.LBL_AutoPassphrase(), autoPass), automatic, save);
        VBox actions = new VBox(6, Views.form(Bundle.LBL_BackupPassphrase(), pass, Bundle.LBL_PassphraseAgain(), pass2),
                new HBox(8, backup, restoreSelected, restoreFile));
        VBox root = new VBox(10, table, Views.messageLine(vm), actions, settings);
        root.setPadding(new Insets(16));
        vm.reload(s -> {
            folder.setText(s.folder() == null ? "" : s.folder().toString());
            keep.setText(Integer.toString(s.keep()));
            automatic.setSelected(s.automatic());
            idle.setText(Integer.toString(s.idleLockMinutes()));
        });
        return root;
    }

    /** When the chosen backup was made, from its header (a few bytes, no passphrase); empty when unreadable. */
    private static String madeOn(Path file) {
        try {
            return Formats.dateTime(Backups.get().describe(file).createdAt());
        } catch (RuntimeException e) {
            return ""; // not a readable backup: the restore itself explains why
        }
    }

    private static FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Bundle.LBL_BackupFiles(), "*" + Backups.EXTENSION));
        return fc;
    }

    private static void confirmAndRestore(BackupViewModel vm, Path file, String when, String passphrase) {
        if (passphrase.isEmpty()) {
            vm.fail(new IllegalArgumentException(Bundle.MSG_PassphraseRequired()));
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, when.isEmpty() ? Bundle.MSG_ConfirmRestoreNoDate(file.getFileName())
                : Bundle.MSG_ConfirmRestore(file.getFileName(), when),
                ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(Bundle.TTL_ConfirmRestore());
        a.setHeaderText(null);
        if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            vm.restore(file, passphrase.toCharArray());
        }
    }

}
