package id.pilar.ui.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells open views that data changed behind their back (demo data loaded, an import finished,
 * a backup restored), so they reload. Listeners are called on the thread that fires; views hand
 * the reload to their own executor.
 */
public final class DataChanges {

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private DataChanges() {
    }

    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** Call after a bulk change has been committed. */
    public static void fire() {
        for (Runnable r : LISTENERS) {
            r.run();
        }
    }
}
