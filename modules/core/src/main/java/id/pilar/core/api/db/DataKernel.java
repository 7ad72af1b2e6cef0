package id.pilar.core.api.db;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.openide.util.Lookup;

/**
 * The shared database: where it is, whether it is open, and opening it.
 *
 * <p>Opening checks the file (refusing foreign or newer ones without touching them), backs it up
 * when migrations are pending, runs every module's migrations in dependency order and builds the
 * SessionFactory. It is slow (seconds) and must never run on the EDT or the FX thread.
 */
public interface DataKernel {

    KernelStatus status();

    /** The database that is open, or about to be. */
    DatabaseTarget target();

    /**
     * Opens {@code target}, closing any database open now. Blocks until ready.
     *
     * @throws DatabaseRefusedException when the target cannot be used (nothing was modified)
     */
    void open(DatabaseTarget target);

    /** Closes the database; services then wait for the next {@link #open}. */
    void close();

    /** Migration status of every installed module against the open database. */
    List<MigrationReport> migrationReports();

    /**
     * Runs SQLite's {@code integrity_check} and {@code foreign_key_check} and the migration
     * status of every module. Slow on a big file: never on the EDT or the FX thread.
     */
    HealthReport checkHealth();

    /** Backups made before migrations in this session (file paths). */
    List<Path> preMigrationBackups();

    /** True when the open database was created empty by this open (first run). */
    boolean createdNow();

    void addStatusListener(Consumer<KernelStatus> listener);

    void removeStatusListener(Consumer<KernelStatus> listener);

    static DataKernel get() {
        DataKernel k = Lookup.getDefault().lookup(DataKernel.class);
        if (k == null) {
            throw new IllegalStateException("Pilar core is not installed");
        }
        return k;
    }
}
