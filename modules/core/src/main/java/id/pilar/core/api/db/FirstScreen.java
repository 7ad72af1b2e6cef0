package id.pilar.core.api.db;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up order on an office PC with two cores: Hibernate's bootstrap (seconds of CPU while it
 * builds the SessionFactory) waits until the first screen the clerk acts on is up — the main
 * window and, over it, the login dialog — instead of taking half the CPU from the window system,
 * JavaFX and the dialog. Nothing before the login needs Hibernate (the login and the start page
 * read by plain JDBC from {@link KernelStatus.State#SCHEMA_READY} on).
 *
 * <p>Only a start that shows a window waits: the shell calls {@link #expect()} at module start
 * (not in batch runs, not headless), {@link #mainWindowShown()} when the main window shows, and
 * the login calls {@link #shown()} once its dialog is open. Without a login (a product without
 * the security module) Hibernate waits at most {@link #GRACE_MS} after the main window; in any
 * case at most {@link #CAP_MS} after {@link #expect()}, so a window that never shows delays
 * nothing for long. Where nobody expects a screen (batch jobs, tests) {@link #awaitShown()}
 * returns at once.
 *
 * <p>Then, between its steps (before the mappings, before the SessionFactory), the bootstrap also
 * lets a clerk who waits for an answer go first: the password being checked, the start page's
 * figures being read ({@link #userWaiting()} … {@link #userServed()}), at most
 * {@link #FOREGROUND_MAX_MS} per step. A clerk who types the login for a few seconds never meets
 * this (Hibernate is done by then); one who signs in at once gets the start page sooner.
 */
public final class FirstScreen {

    /** How long after the main window Hibernate waits for a first screen (the login dialog shows about 0.5 s after it). */
    public static final long GRACE_MS = 1_500;
    /** The longest wait after {@link #expect()}, whatever happens on screen. */
    public static final long CAP_MS = 15_000;
    /** The longest pause of one bootstrap step for a clerk waiting on screen. */
    public static final long FOREGROUND_MAX_MS = 3_000;

    private static final Logger LOG = Logger.getLogger(FirstScreen.class.getName());
    private static final Object LOCK = new Object();
    private static long expectedAt;
    private static long windowAt;
    private static boolean shown;
    private static int waiting;

    private FirstScreen() {
    }

    /** A window will show in this start: heavy work waits for its first screen. */
    public static void expect() {
        synchronized (LOCK) {
            if (expectedAt == 0 && !shown) {
                expectedAt = now();
            }
        }
    }

    /** The main window is on screen; a login, if there is one, follows within {@link #GRACE_MS}. */
    public static void mainWindowShown() {
        synchronized (LOCK) {
            if (windowAt == 0) {
                windowAt = now();
                LOCK.notifyAll();
            }
        }
    }

    /** The first screen the user acts on is up: heavy work may start. */
    public static void shown() {
        synchronized (LOCK) {
            shown = true;
            LOCK.notifyAll();
        }
    }

    /** A clerk waits for an answer on screen; pair with {@link #userServed()}. */
    public static void userWaiting() {
        synchronized (LOCK) {
            waiting++;
        }
    }

    /** The answer is on screen. */
    public static void userServed() {
        synchronized (LOCK) {
            if (waiting > 0) {
                waiting--;
            }
            LOCK.notifyAll();
        }
    }

    /**
     * Blocks until the first screen is up, or its deadline passed, and then while a clerk waits for
     * an answer (at most {@link #FOREGROUND_MAX_MS}); at once when no window is expected. Returns
     * the milliseconds waited.
     */
    public static long awaitShown() {
        long t0 = now();
        synchronized (LOCK) {
            while (!shown && expectedAt != 0) {
                long until = expectedAt + CAP_MS;
                if (windowAt != 0) {
                    until = Math.min(until, windowAt + GRACE_MS);
                }
                long left = until - now();
                if (left <= 0) {
                    break;
                }
                if (!pause(left)) {
                    break;
                }
            }
            long until = now() + FOREGROUND_MAX_MS;
            while (expectedAt != 0 && waiting > 0) {
                long left = until - now();
                if (left <= 0 || !pause(left)) {
                    break;
                }
            }
        }
        long waited = now() - t0;
        if (waited > 0) {
            LOG.log(Level.FINE, "Waited {0} ms for the first screen", waited);
        }
        return waited;
    }

    /** Waits on the lock (held); false when interrupted. */
    private static boolean pause(long ms) {
        try {
            LOCK.wait(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Forgets the start's state (tests). */
    static void reset() {
        synchronized (LOCK) {
            expectedAt = 0;
            windowAt = 0;
            shown = false;
            waiting = 0;
        }
    }

    private static long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }
}
