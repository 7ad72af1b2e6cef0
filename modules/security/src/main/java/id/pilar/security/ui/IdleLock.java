package id.pilar.security.ui;

import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.security.impl.SignedIn;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.openide.windows.WindowManager;

/**
 * Locks the screen after the configured minutes without keyboard or mouse input (also inside the
 * JavaFX views, whose input arrives through Swing). Unlocking asks for the signed-in user's
 * password; "switch user" signs out and shows the login.
 */
final class IdleLock {

    private static volatile long lastInput = System.currentTimeMillis();
    private static boolean locked;
    private static Timer timer;

    private IdleLock() {
    }

    static void install() {
        SwingUtilities.invokeLater(() -> {
            if (timer != null) {
                return;
            }
            Toolkit.getDefaultToolkit().addAWTEventListener(e -> lastInput = System.currentTimeMillis(),
                    AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
            timer = new Timer(15_000, e -> checkIdle());
            timer.start();
        });
    }

    /** Minutes from the setting shared with the backup window (0 = never). */
    static int minutes() {
        return Math.max(0, Preferences.userRoot().node("id/pilar/security").getInt("lock.idle.minutes", 10));
    }

    private static void checkIdle() {
        int m = minutes();
        if (locked || m == 0 || SignedIn.current() == null) {
            return;
        }
        if (System.currentTimeMillis() - lastInput >= m * 60_000L) {
            lockNow();
        }
    }

    /** Shows the lock dialog now (also the "Kunci layar" action). Runs on the EDT. */
    static void lockNow() {
        SignedIn.Session s = SignedIn.current();
        if (locked || s == null) {
            return;
        }
        locked = true;
        try {
            UserInfo back = new LoginDialog(WindowManager.getDefault().getMainWindow(), LoginDialog.Mode.LOCKED,
                    UserAccounts.get(), s.username()).showAndWait();
            if (back == null) {
                UserAccounts.get().logout();
                SessionGate.RP.post(SessionGate::askForLogin);
            }
        } finally {
            lastInput = System.currentTimeMillis();
            locked = false;
        }
    }
}
