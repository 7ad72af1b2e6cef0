package id.pilar.security.ui;

import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.security.impl.SignedIn;
import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Frame;
import java.awt.Toolkit;
import java.awt.event.MouseAdapter;
import java.util.prefs.Preferences;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.openide.windows.WindowManager;

/**
 * Locks the screen after the configured minutes without keyboard or mouse input (also inside the
 * JavaFX views, whose input arrives through Swing). While locked, a curtain hides the window's
 * content; unlocking asks for the signed-in user's password; "switch user" signs out, and the
 * curtain stays until the next user has logged in.
 */
final class IdleLock {

    private static volatile long lastInput = System.currentTimeMillis();
    private static boolean locked;
    private static Timer timer;
    private static JFrame curtainOver;
    private static Component originalGlass;

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
            UserAccounts.get().addSessionListener(() -> {
                if (SignedIn.current() != null) {
                    SwingUtilities.invokeLater(IdleLock::uncover); // the next user has logged in
                }
            });
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
        Frame main = WindowManager.getDefault().getMainWindow();
        cover(main);
        UserInfo back = null;
        try {
            back = new LoginDialog(main, LoginDialog.Mode.LOCKED, UserAccounts.get(), s.username()).showAndWait();
            if (back == null) {
                UserAccounts.get().logout(); // SessionGate's session listener shows the login
            }
        } finally {
            lastInput = System.currentTimeMillis();
            locked = false;
            if (back != null) {
                uncover();
            }
        }
    }

    /** Hides what the window shows (names, NIK, case notes) while the screen is locked. */
    private static void cover(Frame main) {
        if (main instanceof JFrame f && curtainOver == null) {
            curtainOver = f;
            originalGlass = f.getGlassPane();
            JPanel curtain = new JPanel(new BorderLayout());
            curtain.setOpaque(true);
            curtain.setBackground(new Color(0x2B3A4A));
            curtain.addMouseListener(new MouseAdapter() { }); // swallows clicks meant for the window
            f.setGlassPane(curtain);
            curtain.setVisible(true);
        }
    }

    private static void uncover() {
        if (curtainOver != null) {
            curtainOver.setGlassPane(originalGlass);
            originalGlass.setVisible(false);
            curtainOver = null;
            originalGlass = null;
        }
    }
}
