package id.pilar.ui.api;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javax.swing.SwingUtilities;

/**
 * Timing marks for the benchmark command, off unless the application is started with
 * {@code -J-Dpilar.trace=true}: then every key press that reaches the application is noted, and
 * a view calls {@link #shown} when what that key asked for is on screen. The log line
 * {@code PILAR-TRACE event=<name> key-ms=<ms since the last key press>} is what
 * {@code scripts/bench} reads (it drives the window with {@code xdotool} under Xvfb).
 *
 * <p>"On screen" means: the JavaFX layout pass showing the change has run and the Swing event
 * queue, where the embedded scene is painted, has processed what was queued by then.
 */
public final class UiTrace {

    private static final Logger LOG = Logger.getLogger(UiTrace.class.getName());
    private static final boolean ENABLED = Boolean.getBoolean("pilar.trace");
    private static volatile long lastKeyNanos;
    private static volatile boolean installed;

    private UiTrace() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    /** Starts noting key presses (on the EDT, before any component sees them). Idempotent. */
    public static synchronized void install() {
        if (!ENABLED || installed || java.awt.GraphicsEnvironment.isHeadless()) {
            return;
        }
        installed = true;
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
            if (e.getID() == KeyEvent.KEY_PRESSED) {
                lastKeyNanos = System.nanoTime();
            }
        }, AWTEvent.KEY_EVENT_MASK);
    }

    /**
     * Call on the FX thread right after changing what {@code scene} shows: logs the time from
     * the last key press to the next layout pass plus a trip through the Swing event queue.
     */
    public static void shown(Scene scene, String event) {
        if (!ENABLED || scene == null) {
            return;
        }
        long key = lastKeyNanos;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            SwingUtilities.invokeLater(() -> mark(event, key));
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** A mark without a screen change (e.g. a view's data loaded). */
    public static void mark(String event) {
        if (ENABLED) {
            mark(event, lastKeyNanos);
        }
    }

    private static void mark(String event, long keyNanos) {
        double keyMs = keyNanos == 0 ? -1 : (System.nanoTime() - keyNanos) / 1e6;
        LOG.info(String.format(Locale.ROOT, "PILAR-TRACE event=%s key-ms=%.2f epoch-ms=%d", event, keyMs,
                System.currentTimeMillis()));
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush(); // the benchmark reads the log while the application runs
        }
    }
}
