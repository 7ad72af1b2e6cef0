package id.pilar.ui.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseSettings;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.db.FirstScreen;
import id.pilar.core.api.db.KernelStatus;
import java.io.File;
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.LifecycleManager;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.modules.OnStart;
import org.openide.windows.OnShowing;
import org.openide.windows.WindowManager;

/**
 * Opens the database in the background while the window system starts ({@link Early}), so the
 * window appears at once, the status bar tells how far start-up is, and data is there soon after.
 * When the window shows, this checks that the database opened is the one asked for (the
 * {@code --db} option arrives only then) and opens it otherwise. A refused database gets a clear
 * choice instead of a stack trace; a new one gets the offer of demo data.
 */
@OnShowing
@Messages({
    "LBL_OpeningDatabase=Membuka basis data Pilar",
    "# {0} - reason",
    "MSG_DatabaseRefused=Basis data tidak dapat dipakai:\n{0}\n\nPilih berkas basis data lain, coba lagi, atau tutup Pilar.",
    "BTN_ChooseOther=Pilih berkas lain…",
    "BTN_Retry=Coba lagi",
    "BTN_Quit=Tutup Pilar",
    "TTL_DatabaseProblem=Masalah basis data",
    "TTL_ChooseDatabase=Pilih atau buat berkas basis data Pilar",
    "LBL_DatabaseFiles=Basis data Pilar (*.db)"
})
public final class DatabaseStartup implements Runnable {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    static final RequestProcessor RP = new RequestProcessor("Pilar database start-up", 1);

    @Override
    public void run() {
        if (Boolean.getBoolean("pilar.batch")) {
            // A batch job opens the database of its --db option itself (PilarOptions). Opening the
            // default one here too migrated a second file and, racing the job, let the batch login
            // be judged against the wrong database's accounts ("Akses ditolak" on a first run).
            return;
        }
        FirstScreen.mainWindowShown();
        RP.post(() -> {
            DatabaseTarget wanted = DatabaseSettings.startupTarget();
            DataKernel kernel = DataKernel.get();
            boolean sameTarget = wanted.equals(kernel.target());
            if (sameTarget && kernel.status().state() != KernelStatus.State.CLOSED) {
                return; // opened early (or refused early, and the user was already asked)
            }
            open(wanted);
        });
    }

    /** Starts opening at module start-up, before the window shows; not in batch runs. */
    @OnStart
    public static final class Early implements Runnable {
        @Override
        public void run() {
            if (Boolean.getBoolean("pilar.batch") || java.awt.GraphicsEnvironment.isHeadless()) {
                return; // batch jobs and headless platform tests open the database they are given
            }
            FirstScreen.expect(); // Hibernate's bootstrap waits for the window and the login (FirstScreen)
            DatabaseTarget target = LaunchArguments.database().orElseGet(DatabaseSettings::startupTarget);
            RP.post(() -> open(target));
        }
    }

    static void open(DatabaseTarget target) {
        DataKernel kernel = DataKernel.get();
        if (kernel.status().isReady() && target.equals(kernel.target())) {
            return;
        }
        ProgressHandle handle = ProgressHandle.createHandle(Bundle.LBL_OpeningDatabase());
        handle.start();
        try {
            if (DatabaseSettings.isDefault(target)) {
                Files.createDirectories(target.sqliteFile().getParent());
            }
            kernel.open(target);
            if (kernel.createdNow()) {
                WindowManager.getDefault().invokeWhenUIReady(FirstStart::begin);
            }
        } catch (DatabaseRefusedException e) {
            WindowManager.getDefault().invokeWhenUIReady(() -> askWhatNext(target, e.getMessage()));
        } catch (Exception e) {
            WindowManager.getDefault().invokeWhenUIReady(() -> askWhatNext(target, id.pilar.ui.api.UserMessages.of(e)));
        } finally {
            handle.finish();
        }
    }

    private static void askWhatNext(DatabaseTarget target, String reason) {
        Object choose = Bundle.BTN_ChooseOther();
        Object retry = Bundle.BTN_Retry();
        Object quit = Bundle.BTN_Quit();
        NotifyDescriptor d = new NotifyDescriptor(Bundle.MSG_DatabaseRefused(reason), Bundle.TTL_DatabaseProblem(),
                NotifyDescriptor.DEFAULT_OPTION, NotifyDescriptor.ERROR_MESSAGE, new Object[] {choose, retry, quit}, choose);
        Object answer = DialogDisplayer.getDefault().notify(d);
        if (answer == choose) {
            JFileChooser fc = new JFileChooser(target.isSqlite() ? target.sqliteFile().getParent().toFile() : null);
            fc.setDialogTitle(Bundle.TTL_ChooseDatabase());
            fc.setFileFilter(new FileNameExtensionFilter(Bundle.LBL_DatabaseFiles(), "db", "sqlite"));
            if (fc.showOpenDialog(WindowManager.getDefault().getMainWindow()) == JFileChooser.APPROVE_OPTION) {
                File f = fc.getSelectedFile();
                DatabaseTarget chosen = DatabaseTarget.sqlite(f.toPath());
                DatabaseSettings.setConfigured(chosen.describe());
                DatabaseSettings.setCommandLine(null);
                RP.post(() -> open(chosen));
            } else {
                askWhatNext(target, reason);
            }
        } else if (answer == retry) {
            RP.post(() -> open(target));
        } else if (answer == quit) {
            LifecycleManager.getDefault().exit();
        }
    }
}
