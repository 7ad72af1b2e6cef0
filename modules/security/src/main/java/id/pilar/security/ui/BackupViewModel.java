package id.pilar.security.ui;

import id.pilar.security.api.BackupInfo;
import id.pilar.security.api.BackupSettingsInfo;
import id.pilar.security.api.Backups;
import id.pilar.security.api.RestoreResult;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.UiExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/** The backup window: backups in the folder, make one, restore one, settings of the automatic backup. */
@Messages({
    "LBL_BackingUp=Membuat cadangan terenkripsi",
    "LBL_RestoringBackup=Memulihkan basis data dari cadangan",
    "# {0} - file",
    "MSG_BackupMade=Cadangan dibuat: {0}",
    "# {0} - kept",
    "MSG_RestoreDone=Basis data dipulihkan. Berkas sebelumnya disimpan sebagai {0}",
    "MSG_SettingsSaved=Pengaturan disimpan.",
    "MSG_KeepInvalid=Jumlah cadangan yang disimpan dan menit kunci layar harus bilangan bulat."
})
final class BackupViewModel extends ViewModelSupport {

    private final Backups backups;
    private final ObservableList<BackupInfo> list = FXCollections.observableArrayList();
    private BackupSettingsInfo settings;

    BackupViewModel(Backups backups, UiExecutor ui, LongWork longWork) {
        super(ui, longWork);
        this.backups = backups;
    }

    ObservableList<BackupInfo> backups() {
        return list;
    }

    BackupSettingsInfo settings() {
        return settings;
    }

    void reload(Consumer<BackupSettingsInfo> settingsShown) {
        background(() -> {
            BackupSettingsInfo s = backups.settings();
            return new Object[] {s, backups.list()};
        }, r -> {
            settings = (BackupSettingsInfo) r[0];
            @SuppressWarnings("unchecked")
            java.util.List<BackupInfo> l = (java.util.List<BackupInfo>) r[1];
            list.setAll(l);
            settingsShown.accept(settings);
        });
    }

    void backup(Path out, char[] passphrase) {
        longWork.submit(Bundle.LBL_BackingUp(), p -> backups.backup(out, passphrase, listener(p)), b -> {
            say(Bundle.MSG_BackupMade(b.file()));
            reload(s -> { });
        }, this::failOnFx);
    }

    void restore(Path backup, char[] passphrase) {
        longWork.submit(Bundle.LBL_RestoringBackup(), p -> backups.restore(backup, passphrase, listener(p)),
                (RestoreResult r) -> {
                    say(Bundle.MSG_RestoreDone(r.replaced()));
                    reload(s -> { });
                    id.pilar.ui.api.DataChanges.fire(); // every open view shows the restored data
                }, this::failOnFx);
    }

    void saveSettings(String folder, String keep, boolean automatic, String idleMinutes, char[] newPassphrase) {
        int k;
        int idle;
        try {
            k = Integer.parseInt(keep.trim());
            idle = Integer.parseInt(idleMinutes.trim());
        } catch (NumberFormatException e) {
            refuse(Bundle.MSG_KeepInvalid());
            return;
        }
        BackupSettingsInfo s = new BackupSettingsInfo(folder == null || folder.isBlank() ? null : Path.of(folder.trim()),
                k, automatic, settings != null && settings.passphraseSet(), idle);
        background(() -> {
            backups.saveSettings(s, newPassphrase);
            return backups.settings();
        }, saved -> {
            settings = saved;
            say(Bundle.MSG_SettingsSaved());
        });
    }

    private void failOnFx(Throwable t) {
        ui.fx().execute(() -> fail(t));
    }

    private static Backups.ProgressListener listener(BackgroundWork.Progress p) {
        return new Backups.ProgressListener() {
            @Override
            public void step(String message) {
                p.message(message);
            }

            @Override
            public boolean cancelled() {
                return p.cancelled();
            }
        };
    }
}
