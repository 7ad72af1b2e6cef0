package id.pilar.security.ui;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.db.KernelStatus;
import id.pilar.security.api.DatabaseCheck;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.security.impl.SignedIn;
import java.awt.Frame;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.util.RequestProcessor;
import org.openide.windows.OnShowing;
import org.openide.windows.WindowManager;

/**
 * Start-up in the window: once the database is open (core opens it in the background), run
 * {@code PRAGMA quick_check} off the EDT and offer recovery if it fails, then ask who is working:
 * the login dialog, or on a database without accounts the form that creates the administrator.
 * Opening another database asks again. The main window is already showing behind the dialog.
 */
@OnShowing
public final class SessionGate implements Runnable {

    private static final Logger LOG = Logger.getLogger(SessionGate.class.getName());
    static final RequestProcessor RP = new RequestProcessor("Pilar login", 1);
    private static volatile DatabaseTarget checked;
    private static volatile boolean asking;

    @Override
    public void run() {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            return; // platform tests without a display: nobody to ask
        }
        DataKernel kernel = DataKernel.get();
        kernel.addStatusListener(SessionGate::statusChanged);
        // Signed out (switch user, the lock's "switch user", an account missing after a restore):
        // ask again, so nobody works on without a login.
        UserAccounts.get().addSessionListener(() -> {
            if (SignedIn.current() == null && DataKernel.get().status().isReady()) {
                RP.post(() -> askForLogin(false));
            }
        });
        statusChanged(kernel.status());
        IdleLock.install();
    }

    private static void statusChanged(KernelStatus s) {
        if (s.isReady()) {
            RP.post(SessionGate::afterOpen);
        }
    }

    /** Runs on {@link #RP}: one start-up check and at most one login dialog at a time. */
    private static void afterOpen() {
        DataKernel kernel = DataKernel.get();
        DatabaseTarget target = kernel.target();
        if (!kernel.status().isReady() || target == null) {
            return;
        }
        if (!target.equals(checked)) {
            checked = target;
            List<String> result = DatabaseCheck.get().quickCheck();
            if (!result.equals(List.of("ok"))) {
                LOG.log(Level.WARNING, "quick_check failed on {0}: {1}", new Object[] {target, result});
                Recovery.offer(target, result);
                return; // recovery asks for an Admin login itself; a restore reopens and comes back here
            }
        }
        SignedIn.Session s = SignedIn.current();
        if (s != null && target.equals(s.target())) {
            return;
        }
        askForLogin(false);
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
            UserAccounts accounts = UserAccounts.get();
            boolean first = accounts.noAccountsYet();
            UserInfo[] result = new UserInfo[1];
            SwingUtilities.invokeAndWait(() -> {
                Frame main = WindowManager.getDefault().getMainWindow();
                result[0] = new LoginDialog(main, first ? LoginDialog.Mode.FIRST_ADMIN : LoginDialog.Mode.LOGIN, accounts, null)
                        .showAndWait();
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
