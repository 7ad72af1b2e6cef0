package id.pilar.security.ui;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.db.KernelStatus;
import id.pilar.security.api.DatabaseCheck;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.security.impl.OpenMarker;
import id.pilar.security.impl.SignedIn;
import java.awt.Frame;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.modules.Places;
import org.openide.util.RequestProcessor;
import org.openide.windows.OnShowing;
import org.openide.windows.WindowManager;

/**
 * Start-up in the window: once the database is migrated (core opens it in the background), ask
 * who is working: the login dialog, or on a database without accounts the form that creates the
 * administrator. The dialog needs only the accounts table, so it does not wait for Hibernate's
 * SessionFactory, which is built while the clerk types. Opening another database asks again.
 * The main window is already showing behind the dialog.
 *
 * <p>{@code PRAGMA quick_check} runs off the EDT and offers recovery if it fails: before the login
 * when the last session on this PC did not close the database (see {@link OpenMarker}), else in
 * the background after the login — it reads the whole file, which takes seconds on a million
 * people and should not stand between a clerk and the work after a normal shutdown.
 */
@OnShowing
public final class SessionGate implements Runnable {

    private static final Logger LOG = Logger.getLogger(SessionGate.class.getName());
    static final RequestProcessor RP = new RequestProcessor("Pilar login", 1);
    private static final java.util.concurrent.atomic.AtomicBoolean FAILURE_TOLD = new java.util.concurrent.atomic.AtomicBoolean();
    private static volatile DatabaseTarget checked;
    private static volatile boolean asking;
    private static volatile DatabaseTarget opened;
    private static final OpenMarker MARKER = new OpenMarker(Places.getUserDirectory() == null
            ? Path.of(System.getProperty("java.io.tmpdir"), "pilar-terbuka")
            : Places.getUserDirectory().toPath().resolve("var/pilar/terbuka"));
    /** The background check waits until the start-up work (start page, first views) is done. */
    private static final int CHECK_DELAY_MS = 20_000;
    private static final RequestProcessor CHECK = new RequestProcessor("Pilar integrity check", 1);

    @Override
    public void run() {
        if (java.awt.GraphicsEnvironment.isHeadless() || Boolean.getBoolean("pilar.batch")) {
            return; // platform tests without a display, batch jobs: nobody to ask
        }
        LOG.log(Level.FINE, "Main window showing at uptime {0} ms", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        DataKernel kernel = DataKernel.get();
        kernel.addStatusListener(SessionGate::statusChanged);
        // Signed out (switch user, the lock's "switch user", an account missing after a restore):
        // ask again, so nobody works on without a login.
        UserAccounts.get().addSessionListener(() -> {
            if (SignedIn.current() == null) {
                // The previous user's windows (user list, typed passphrase, a person's file) go first.
                id.pilar.ui.api.UserWindows.closeAll();
                if (DataKernel.get().status().isReady()) {
                    RP.post(() -> askForLogin(false));
                }
            } else if (FAILURE_TOLD.compareAndSet(false, true)) {
                RP.post(BackupFailureNotice::tellIfFailed); // once per start, after the first login
            }
        });
        statusChanged(kernel.status());
        IdleLock.install();
    }

    private static void statusChanged(KernelStatus s) {
        // From SCHEMA_READY on: the dialog needs only the accounts table, so it shows while
        // Hibernate still builds its SessionFactory; the clerk types meanwhile and the check of
        // the password waits for it (READY posts this again, which then finds someone asked).
        if (s.isSchemaReady()) {
            RP.post(SessionGate::afterOpen);
        } else if (s.state() == KernelStatus.State.CLOSED && opened != null) {
            MARKER.closed(opened); // closed properly: no check before the next login
            opened = null;
            checked = null;
        }
    }

    /** Runs on {@link #RP}: one start-up check and at most one login dialog at a time. */
    private static void afterOpen() {
        DataKernel kernel = DataKernel.get();
        DatabaseTarget target = kernel.target();
        if (!kernel.status().isSchemaReady() || target == null) {
            return;
        }
        boolean checkAfterLogin = false;
        if (!target.equals(checked)) {
            checked = target;
            opened = target;
            if (MARKER.open(target)) {
                // The last session did not close this database: check it before anyone works.
                LOG.log(Level.INFO, "{0} was not closed by the last session: checking it before the login", target);
                if (!passesQuickCheck(target)) {
                    return; // recovery asks for an Admin login itself; a restore reopens and comes back here
                }
            } else {
                // Closed properly last time: the check (a read of the whole file, seconds on a
                // million people) runs while the clerk works, not in front of the login.
                checkAfterLogin = true;
            }
        }
        SignedIn.Session s = SignedIn.current();
        if (s == null || !target.equals(s.target())) {
            askForLogin(false);
        }
        if (checkAfterLogin) {
            // The check itself runs on its own thread, so a "switch user" login is never held up
            // by it; only a recovery offer goes to the login thread.
            CHECK.post(() -> {
                if (target.equals(DataKernel.get().target()) && DataKernel.get().status().isReady()) {
                    List<String> result = quickCheck(target);
                    if (!isOk(result) && target.equals(DataKernel.get().target())) {
                        RP.post(() -> Recovery.offer(target, result));
                    }
                }
            }, CHECK_DELAY_MS);
        }
    }

    /** Runs {@code PRAGMA quick_check}; on failure offers recovery and returns false. */
    private static boolean passesQuickCheck(DatabaseTarget target) {
        List<String> result = quickCheck(target);
        if (isOk(result)) {
            return true;
        }
        Recovery.offer(target, result);
        return false;
    }

    /** {@code PRAGMA quick_check} on its own connection, logged with its duration. */
    private static List<String> quickCheck(DatabaseTarget target) {
        long t0 = System.nanoTime();
        List<String> result = DatabaseCheck.get().quickCheck();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (isOk(result)) {
            LOG.log(Level.INFO, "quick_check of {0}: ok in {1} ms", new Object[] {target, ms});
        } else {
            LOG.log(Level.WARNING, "quick_check failed on {0} ({1} ms): {2}", new Object[] {target, ms, result});
        }
        return result;
    }

    private static boolean isOk(List<String> result) {
        return result.equals(List.of("ok"));
    }

    /**
     * Shows the login (or first-admin) dialog and blocks until someone signed in. Does nothing
     * while a dialog is showing, or (unless {@code force}) when someone is signed in already.
     */
    static UserInfo askForLogin(boolean force) {
        SignedIn.Session current = SignedIn.current();
        if (asking || (!force && current != null && current.target() != null
                && current.target().equals(DataKernel.get().target()))) {
            return null;
        }
        asking = true;
        try {
            LOG.log(Level.FINE, "Login asked at uptime {0} ms", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            UserAccounts accounts = UserAccounts.get();
            // While the clerk types; once JavaFX has started (the start page behind the dialog
            // needs it first, and two cores are busy enough with Hibernate's start).
            id.pilar.ui.api.UiExecutor.standard().fx().execute(accounts::prepareLogin);
            boolean first = accounts.noAccountsYet();
            UserInfo[] result = new UserInfo[1];
            SwingUtilities.invokeAndWait(() -> {
                LOG.log(Level.FINE, "Login dialog at uptime {0} ms", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                Frame main = WindowManager.getDefault().getMainWindow();
                LoginDialog dialog = new LoginDialog(main, first ? LoginDialog.Mode.FIRST_ADMIN : LoginDialog.Mode.LOGIN, accounts, null);
                dialog.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowOpened(java.awt.event.WindowEvent e) {
                        // The clerk's first screen is up: Hibernate's bootstrap may have the CPU now.
                        id.pilar.core.api.db.FirstScreen.shown();
                    }
                });
                result[0] = dialog.showAndWait();
            });
            return result[0];
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Login dialog failed", e);
            return null;
        } finally {
            asking = false;
        }
    }
}
