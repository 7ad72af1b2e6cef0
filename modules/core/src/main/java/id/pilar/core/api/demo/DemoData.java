package id.pilar.core.api.demo;

import id.pilar.core.spi.DemoDataContext;
import org.openide.util.Lookup;

/**
 * Loads the demo data set: every module's {@link id.pilar.core.spi.DemoDataContributor}, once per
 * database (the database remembers it was done).
 */
public interface DemoData {

    /** What happened. */
    record Result(boolean loaded, int contributors, String message) {
    }

    /** When demo data was loaded into the open database, or null. */
    String loadedAt();

    /**
     * @param size  people in the registry; other modules scale from it
     * @param seed  the same seed gives the same data
     * @param force load even when demo data is already there
     */
    Result run(int size, long seed, DemoDataContext.Progress progress, boolean force) throws Exception;

    static DemoData get() {
        return Lookup.getDefault().lookup(DemoData.class);
    }
}
