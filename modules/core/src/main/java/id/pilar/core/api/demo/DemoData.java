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

    /**
     * When demo data was loaded into the open database, or null (read from {@link #loadedAt()},
     * stored as {@code <instant> ukuran=<size>}).
     */
    default java.time.Instant loadedOn() {
        String at = loadedAt();
        if (at == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(at.split(" ")[0]);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Removes the demo data: every row of every module's tables, except those a module keeps
     * ({@link id.pilar.core.spi.ModuleSchema#keptWhenDemoDataCleared()}: accounts, reference
     * data, migration history), in one transaction, after a copy of the file was put in
     * {@code cadangan/}. Records typed in after the demo data was loaded go too: the caller must
     * say so before asking.
     *
     * @return the copy made before clearing (null on a server database)
     */
    java.nio.file.Path clear() throws Exception;

    static DemoData get() {
        return Lookup.getDefault().lookup(DemoData.class);
    }
}
