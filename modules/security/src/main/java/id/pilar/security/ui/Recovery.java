package id.pilar.security.ui;

import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.security.api.Backups;
import id.pilar.security.api.RestoreResult;
import id.pilar.security.api.Role;
import id.pilar.security.api.UserInfo;
import id.pilar.security.impl.SignedIn;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.LifecycleManager;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/**
 * What the user sees when {@code quick_check} finds damage at start: a plain explanation and the
 * way out (restore the newest good backup, as Admin), instead of errors later on.
 */
@Messages({
    "TTL_Damaged=Basis data rusak",
    "# {0} - database", "# {1} - details",
    "MSG_Damaged=Pemeriksaan awal menemukan kerusakan pada basis data:\n{0}\n\nRincian: {1}\n\nDisarankan memulihkan cadangan terbaru yang masih baik (perlu akun Admin dan kata sandi cadangan).\nBerkas yang rusak akan disimpan di sampingnya, tidak dihapus.",
    "BTN_RestoreLatest=Pulihkan cadangan terbaru",
    "BTN_ContinueAnyway=Lanjutkan tanpa memulihkan",
    "MSG_AdminNeeded=Pemulihan hanya dapat dilakukan oleh Admin. Masuk sebagai Admin.",
    "LBL_Restoring=Memulihkan basis data dari cadangan",
    "# {0} - backup", "# {1} - kept",
    "MSG_Restored=Basis data dipulihkan dari cadangan {0}.\nBerkas yang rusak disimpan sebagai {1}.",
    "# {0} - reason",
    "MSG_RestoreImpossible=Pemulihan tidak berhasil:\n{0}\n\nHubungi Admin. Dari baris perintah: bin/pilar --nogui --db BERKAS-BARU.db --restore CADANGAN.pilarbak"
})
final class Recovery {

    private Recovery() {
    }

    /** Runs on the login thread (not the EDT): dialogs block it, the restore runs on it. */
    static void offer(DatabaseTarget target, List<String> details) {
        Object restore = Bundle.BTN_RestoreLatest();
        Object goOn = Bundle.BTN_ContinueAnyway();
        Object quit = Bundle.BTN_ExitPilar();
        NotifyDescriptor d = new NotifyDescriptor(
                Bundle.MSG_Damaged(target.describe(), String.join("; ", details.subList(0, Math.min(5, details.size())))),
                Bundle.TTL_Damaged(), NotifyDescriptor.DEFAULT_OPTION, NotifyDescriptor.ERROR_MESSAGE,
                new Object[] {restore, goOn, quit}, restore);
        Object answer = DialogDisplayer.getDefault().notify(d);
        if (answer == quit) {
            LifecycleManager.getDefault().exit();
            return;
        }
        if (answer != restore) {
            SessionGate.askForLogin(false);
            return;
        }
        SignedIn.Session s = SignedIn.current();
        if (s == null || s.role() != Role.ADMIN) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.MSG_AdminNeeded()));
            UserInfo u = SessionGate.askForLogin(true);
            if (u == null || u.role() != Role.ADMIN) {
                DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.MSG_AdminNeeded(), NotifyDescriptor.WARNING_MESSAGE));
                return;
            }
        }
        char[] pass = Backups.get().settings().passphraseSet() ? null : Passphrases.ask(false);
        if (pass == null && !Backups.get().settings().passphraseSet()) {
            return;
        }
        ProgressHandle handle = ProgressHandle.createHandle(Bundle.LBL_Restoring());
        handle.start();
        try {
            RestoreResult r = Backups.get().restoreLatestGood(pass, handle::progress);
            id.pilar.ui.api.DataChanges.fire();
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                    Bundle.MSG_Restored(r.backup().file().getFileName(), r.replaced())));
        } catch (RuntimeException e) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                    Bundle.MSG_RestoreImpossible(UserMessages.of(e)), NotifyDescriptor.ERROR_MESSAGE));
        } finally {
            handle.finish();
        }
    }
}
