package id.pilar.security.ui;

import id.pilar.security.api.BackupStatus;
import id.pilar.security.api.Backups;
import id.pilar.ui.api.Formats;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/** At the first login of a start: an automatic backup that failed since is told once, in words. */
@Messages({
    "TTL_BackupFailed=Cadangan otomatis gagal",
    "# {0} - date and time",
    "# {1} - reason",
    "MSG_BackupFailed=Cadangan otomatis terakhir ({0}) gagal dibuat.\n{1}\n\nData hari itu belum tercadangkan. Minta Admin membuat cadangan di Keamanan → Cadangan dan pemulihan.",
    "MSG_BackupFailedNoReason=Rinciannya tercatat di log (var/log/messages.log)."
})
final class BackupFailureNotice {

    private static final Logger LOG = Logger.getLogger(BackupFailureNotice.class.getName());

    private BackupFailureNotice() {
    }

    /** Off the EDT, after a login. */
    static void tellIfFailed() {
        Backups b = Backups.get();
        if (b == null) {
            return;
        }
        try {
            BackupStatus s = b.status();
            if (!s.failureToTell()) {
                return;
            }
            b.failureTold();
            String reason = s.failureReason().isBlank() ? Bundle.MSG_BackupFailedNoReason() : s.failureReason();
            DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(
                    Bundle.MSG_BackupFailed(Formats.dateTime(s.failedAt()), reason), NotifyDescriptor.WARNING_MESSAGE));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Backup failure notice", e);
        }
    }
}
