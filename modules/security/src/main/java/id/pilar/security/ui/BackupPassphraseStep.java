package id.pilar.security.ui;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.security.AccessControl;
import id.pilar.security.api.Backups;
import id.pilar.security.api.SecurityPermissions;
import id.pilar.ui.api.FxDialog;
import id.pilar.ui.api.UserMessages;
import id.pilar.ui.spi.FirstStartStep;
import java.util.Arrays;
import java.util.logging.Logger;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.lookup.ServiceProvider;

/** First start, after the Admin account: the backup passphrase (see {@link PassphraseSetupPane}). */
@ServiceProvider(service = FirstStartStep.class, position = 100)
public final class BackupPassphraseStep implements FirstStartStep {

    private static final Logger LOG = Logger.getLogger(BackupPassphraseStep.class.getName());

    @Override
    public void run() {
        Backups backups = Backups.get();
        var target = DataKernel.get().target();
        if (backups == null || target == null || !target.isSqlite()
                || !AccessControl.get().isPermitted(SecurityPermissions.BACKUP_ADMIN) || backups.status().active()) {
            return;
        }
        while (true) {
            char[] pass;
            try {
                pass = FxDialog.ask(Bundle.TTL_PassphraseSetup(), a -> new PassphraseSetupPane(a).root);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (pass == null || pass.length == 0) {
                LOG.info("First start: backup passphrase left for later; automatic backups are not active");
                return;
            }
            try {
                backups.activateAutomatic(pass);
                LOG.info("First start: automatic backups activated");
                firstBackup(backups);
                return;
            } catch (RuntimeException e) {
                DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(UserMessages.of(e), NotifyDescriptor.WARNING_MESSAGE));
            } finally {
                Arrays.fill(pass, '\0');
            }
        }
    }

    /** The first backup at once, so the status line shows a date from the first day on. */
    private static void firstBackup(Backups backups) {
        try {
            backups.automaticBackupNow();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "First automatic backup failed", e);
        }
        BackupStatusLine.refreshAll();
        id.pilar.ui.api.DataChanges.fire(); // the start page's backup tile
    }
}
