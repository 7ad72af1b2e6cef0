package id.pilar.core.impl.db;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.modules.OnStart;

/**
 * Loads the data kernel's libraries (the SQLite native library, the pool; in batch runs also
 * Hibernate's bootstrap and Flyway) while the platform is still starting, so that opening the
 * database afterwards costs only the work that depends on the file. Nothing here touches a
 * database.
 */
@OnStart
public final class KernelPrewarm implements Runnable {

    private static final Logger LOG = Logger.getLogger(KernelPrewarm.class.getName());

    @Override
    public void run() {
        long t0 = System.nanoTime();
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
            Class.forName("com.zaxxer.hikari.HikariDataSource");
            if (Boolean.getBoolean("pilar.batch")) {
                // Hibernate's and Flyway's classes too in a batch run. Where a window comes,
                // Hibernate's bootstrap waits for the first screen (FirstScreen) and loads them
                // then: here they would take the CPU from the window system.
                new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder()
                        .applyClassLoader(KernelPrewarm.class.getClassLoader()).build().close();
                Class.forName("org.hibernate.community.dialect.SQLiteDialect");
                Class.forName("org.hibernate.internal.SessionFactoryImpl");
                Class.forName("org.flywaydb.core.Flyway");
            }
            LOG.log(Level.FINE, "Prewarmed the data kernel in {0} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.FINE, "Prewarm skipped", e);
        }
    }
}
