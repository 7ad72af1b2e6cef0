package id.pilar.security.ui;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.security.AccessControl;
import id.pilar.security.api.BackupStatus;
import id.pilar.security.api.Backups;
import id.pilar.ui.api.Formats;
import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;

/**
 * The backup state where people look: "Cadangan terakhir: 02/12/2026 07.15", or in red
 * "Cadangan otomatis: belum aktif" / "Cadangan otomatis gagal". Refreshed every minute, after a
 * login and when the settings change.
 */
@ServiceProvider(service = StatusLineElementProvider.class, position = 200)
@Messages({
    "# {0} - date and time",
    "STATUS_BackupLast=Cadangan terakhir: {0}",
    "STATUS_BackupNone=Cadangan otomatis aktif, belum ada cadangan",
    "STATUS_BackupOff=Cadangan otomatis: belum aktif",
    "# {0} - date and time",
    "STATUS_BackupFailed=Cadangan otomatis gagal ({0})",
    "HINT_BackupOff=Tanpa kata sandi cadangan tidak ada cadangan otomatis. Admin: Keamanan → Cadangan dan pemulihan."
})
public final class BackupStatusLine implements StatusLineElementProvider {

    private static final Logger LOG = Logger.getLogger(BackupStatusLine.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("Pilar backup status", 1);
    private static final List<BackupStatusLine> SHOWN = new CopyOnWriteArrayList<>();
    static final Color RED = new Color(0xC0392B);

    private final JLabel label = new JLabel();

    public BackupStatusLine() {
        label.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        SHOWN.add(this);
        DataKernel.get().addStatusListener(s -> refresh());
        AccessControl.get().addUserListener(this::refresh);
        RP.scheduleAtFixedRate(this::read, 5, 60, java.util.concurrent.TimeUnit.SECONDS);
        refresh();
    }

    /** After the settings changed (passphrase set, backup made). */
    static void refreshAll() {
        SHOWN.forEach(BackupStatusLine::refresh);
    }

    private void refresh() {
        RP.post(this::read);
    }

    private void read() {
        Backups b = Backups.get();
        if (b == null || !DataKernel.get().status().isReady()) {
            SwingUtilities.invokeLater(() -> label.setText(""));
            return;
        }
        try {
            BackupStatus s = b.status();
            SwingUtilities.invokeLater(() -> show(s));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Backup status not readable now", e);
        }
    }

    private void show(BackupStatus s) {
        label.setText(text(s));
        label.setForeground(alarming(s) ? RED : Color.DARK_GRAY);
        label.setToolTipText(!s.active() ? Bundle.HINT_BackupOff() : s.failedAt() != null && !s.failureReason().isBlank()
                ? s.failureReason() : null);
    }

    static boolean alarming(BackupStatus s) {
        return !s.active() || s.failedAt() != null;
    }

    /** The one-line text, shared with the start-page tile. */
    static String text(BackupStatus s) {
        if (!s.active()) {
            return Bundle.STATUS_BackupOff();
        }
        if (s.failedAt() != null) {
            return Bundle.STATUS_BackupFailed(Formats.dateTime(s.failedAt()));
        }
        return s.lastBackup() == null ? Bundle.STATUS_BackupNone() : Bundle.STATUS_BackupLast(Formats.dateTime(s.lastBackup()));
    }

    @Override
    public Component getStatusLineElement() {
        return label;
    }
}
