package id.pilar.ui.impl;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.windows.OnShowing;

/**
 * Gives the memory that start-up and a burst of work left behind back to the PC while nobody
 * types. The launcher runs Serial GC with {@code MaxHeapFreeRatio=30}: the Java heap shrinks, and
 * its pages go back to the system, only after a full collection, which a quiet client seldom
 * needs on its own; so the heap stayed at the size Hibernate's bootstrap and the first views had
 * grown it to. One full collection runs when the start page is ready (the bootstrap's garbage is
 * dead then), and one after each spell of work once the keyboard and mouse have been still for
 * {@link #IDLE_SECONDS}; the C heap is trimmed by the JVM itself ({@code TrimNativeHeapInterval}).
 * A collection here takes some 0.1–0.3 s, on a thread of its own, while nothing happens.
 */
@OnShowing
public final class HeapTrim implements Runnable {

    private static final Logger LOG = Logger.getLogger(HeapTrim.class.getName());
    static final long IDLE_SECONDS = 30;
    private static final ScheduledExecutorService TRIMMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "Pilar heap trim");
        t.setDaemon(true);
        return t;
    });
    private static volatile long lastInputNanos = System.nanoTime();
    private static volatile boolean workSinceTrim;

    @Override
    public void run() {
        if (java.awt.GraphicsEnvironment.isHeadless() || Boolean.getBoolean("pilar.batch")) {
            return;
        }
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
            lastInputNanos = System.nanoTime();
            workSinceTrim = true;
        }, AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        TRIMMER.scheduleWithFixedDelay(HeapTrim::trimIfIdle, IDLE_SECONDS, 5, TimeUnit.SECONDS);
    }

    /** The start page is ready (state as logged): collect once now. */
    static void startPageReady(String state) {
        if (!java.awt.GraphicsEnvironment.isHeadless()) {
            TRIMMER.execute(() -> {
                // The start page is ready before Hibernate is (the login and the tiles need only the
                // migrated schema): a collection now would pause the login and the SessionFactory's
                // build and find their garbage still alive, so it waits for the kernel to be ready.
                if (awaitKernelReady()) {
                    collect(state);
                }
            });
        }
    }

    /** Waits (up to two minutes) for the data kernel to be ready; false when it failed or closed. */
    private static boolean awaitKernelReady() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            id.pilar.core.api.db.KernelStatus.State s = id.pilar.core.api.db.DataKernel.get().status().state();
            if (s == id.pilar.core.api.db.KernelStatus.State.READY) {
                return true;
            }
            if (s == id.pilar.core.api.db.KernelStatus.State.FAILED || s == id.pilar.core.api.db.KernelStatus.State.CLOSED) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void trimIfIdle() {
        if (workSinceTrim && System.nanoTime() - lastInputNanos >= TimeUnit.SECONDS.toNanos(IDLE_SECONDS)) {
            workSinceTrim = false;
            collect("idle");
        }
    }

    @SuppressWarnings("java:S1215") // an explicit collection is the point: Serial GC shrinks the heap only in one
    private static void collect(String why) {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory();
        long t0 = System.nanoTime();
        System.gc();
        LOG.log(Level.FINE, "Heap trim ({0}): committed {1} -> {2} MB in {3} ms", new Object[] {why,
            before >> 20, rt.totalMemory() >> 20, (System.nanoTime() - t0) / 1_000_000});
    }
}
