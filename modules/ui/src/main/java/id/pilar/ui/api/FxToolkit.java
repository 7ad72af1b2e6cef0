package id.pilar.ui.api;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;

/**
 * Work for the FX thread handed over before the JavaFX toolkit runs. The toolkit starts with the
 * first {@code JFXPanel}, which waits until the main window has shown ({@link FxTopComponent});
 * views and listeners may ask for FX work earlier (the start page, opened with the window system,
 * reloads when the database opens). That work waits here and runs, in order, once the toolkit is up.
 */
final class FxToolkit {

    private static final Object LOCK = new Object();
    private static final List<Runnable> PENDING = new ArrayList<>();
    private static boolean started; // guarded by LOCK

    private FxToolkit() {
    }

    /** {@code Platform.runLater}, or later if the toolkit has not been started yet. */
    static void runLater(Runnable r) {
        synchronized (LOCK) {
            if (!started) {
                if (!runningAlready()) {
                    PENDING.add(r);
                    return;
                }
                // Started by someone else (a test's FX robot, Platform.startup): no panel will say so.
                flush();
            }
        }
        Platform.runLater(r);
    }

    /** Whether the toolkit runs although no panel of ours started it. */
    private static boolean runningAlready() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    /** Called right after a {@code JFXPanel} was created (it starts the toolkit): runs what waited. */
    static void started() {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            flush();
        }
    }

    /** Under LOCK: from now on work goes straight to the toolkit, after what waited. */
    private static void flush() {
        started = true;
        PENDING.forEach(Platform::runLater); // inside the lock: nothing submitted meanwhile overtakes them
        PENDING.clear();
    }
}
