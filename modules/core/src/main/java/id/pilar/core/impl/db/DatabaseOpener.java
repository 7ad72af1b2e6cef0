package id.pilar.core.impl.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseRefusedException.Reason;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.db.FirstScreen;
import id.pilar.core.impl.migrate.MigrationOrder;
import id.pilar.core.impl.migrate.ModuleMigrations;
import id.pilar.core.spi.ModuleSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.hibernate.SessionFactory;
import org.openide.util.NbBundle.Messages;

/**
 * The steps of opening a database, in the order that keeps a user's file safe:
 * check the file, probe it read-only, back it up if migrations are pending, migrate every module
 * in dependency order, then build the connection pool and the SessionFactory.
 *
 * <p>Hibernate's metadata (the mappings of every module's entities) is built on a thread of its
 * own while the migrations run; the caller hears when the schema is ready, before the
 * SessionFactory is. A schema this build verified before (same scripts, same history, same
 * entities: {@link SchemaFingerprint}) skips Flyway and Hibernate's validation.
 */
@Messages({
    "MSG_BackingUpBeforeMigration=Mencadangkan basis data sebelum pembaruan skema",
    "# {0} - module name",
    "MSG_MigratingModule=Memperbarui skema modul {0}",
    "MSG_PreparingData=Menyiapkan akses data",
    "# {0} - database",
    "ERR_DbCannotOpen=Basis data {0} tidak dapat dibuka. Rinciannya tercatat di log.",
    "# {0} - database, {1} - module, {2} - schema version in the file, {3} - newest version this application knows",
    "ERR_DbNewerSchema=Basis data {0} dibuat oleh versi Pilar yang lebih baru (modul {1} versi skema {2}, aplikasi ini hanya sampai {3}). Perbarui aplikasi Pilar; berkas tidak diubah.",
    "# {0} - database",
    "ERR_DbCorrupt=Basis data {0} rusak atau bukan basis data Pilar. Berkas tidak diubah.",
    "# {0} - database",
    "ERR_DbCannotRead=Basis data {0} tidak dapat dibaca. Berkas tidak diubah.",
    "# {0} - file",
    "ERR_DbForeign=Berkas {0} adalah basis data SQLite milik aplikasi lain, bukan basis data Pilar. Berkas tidak diubah.",
    "# {0} - folder",
    "ERR_DbBackupFailed=Cadangan sebelum pembaruan skema gagal dibuat di {0}. Pembaruan dibatalkan; basis data tidak diubah."
})
final class DatabaseOpener {

    private static final Logger LOG = Logger.getLogger(DatabaseOpener.class.getName());

    private DatabaseOpener() {
    }

    /** Everything an open database holds. */
    record OpenDatabase(DatabaseTarget target, HikariDataSource pool, SessionFactory sessionFactory,
            List<ModuleMigrations> migrations, boolean createdNow, List<Path> backups) {

        void close() {
            try {
                sessionFactory.close();
            } finally {
                pool.close();
            }
        }
    }

    static OpenDatabase open(DatabaseTarget target, Collection<? extends ModuleSchema> installed,
            ClassLoader loader, Consumer<String> progress) {
        return open(target, installed, loader, progress, (pool, migrated) -> { });
    }

    /**
     * @param schemaReady told (with the pool and every module's migrations) once the schema is migrated, before the
     *                    SessionFactory is built: plain JDBC work (the login's account lookup)
     *                    can start then
     */
    static OpenDatabase open(DatabaseTarget target, Collection<? extends ModuleSchema> installed,
            ClassLoader loader, Consumer<String> progress,
            java.util.function.BiConsumer<HikariDataSource, List<ModuleMigrations>> schemaReady) {
        long t0 = System.nanoTime();
        String vendor = target.isSqlite() ? "sqlite" : "postgresql";
        List<ModuleSchema> ordered = MigrationOrder.sort(installed);
        List<ModuleMigrations> migrations = new ArrayList<>();
        for (ModuleSchema s : ordered) {
            migrations.add(new ModuleMigrations(s, vendor));
        }

        boolean createdNow = true;
        if (target.isSqlite()) {
            createdNow = SqliteFileGuard.check(target.sqliteFile()) == SqliteFileGuard.FileState.NEW;
        }
        List<Path> backups = new ArrayList<>();
        DataSource plain = DataSources.readWrite(target);
        boolean verified = false;
        if (!createdNow) {
            Probe probe = probe(target, migrations, ordered);
            verified = probe.verified();
            if (probe.pending() && target.isSqlite()) {
                progress.accept(Bundle.MSG_BackingUpBeforeMigration());
                backups.add(backupBeforeMigration(target.sqliteFile(), plain));
            }
        } else if (!target.isSqlite()) {
            Probe probe = probe(target, migrations, ordered);
            verified = probe.verified();
            if (probe.pending() && hasHistory(target, migrations)) {
                // A PostgreSQL database that Pilar already wrote, with migrations pending: pg_dump
                // it first (a new, empty database has nothing to lose).
                progress.accept(Bundle.MSG_BackingUpBeforeMigration());
                Path dump = PostgresBackup.beforeMigration(target, System.getenv());
                if (dump != null) {
                    backups.add(dump);
                }
            }
        }
        try (Connection c = plain.getConnection(); Statement st = c.createStatement()) {
            if (target.isSqlite() && createdNow) {
                st.execute("PRAGMA application_id = " + SqliteFileGuard.APPLICATION_ID);
            }
        } catch (SQLException e) {
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN,
                    "ERR_DbCannotOpen", Bundle.ERR_DbCannotOpen(target), e, target);
        }
        HikariDataSource pool = pool(target, plain);
        CompletableFuture<SessionFactories.Mapped> mapped = null;
        try {
            // The mappings do not depend on the schema: Hibernate reads them while Flyway migrates,
            // once the first screen is up (FirstScreen: at start-up the window and the login get the CPU first).
            boolean validate = !verified;
            mapped = CompletableFuture.supplyAsync(() -> {
                FirstScreen.awaitShown();
                return SessionFactories.metadata(target, pool, ordered, loader, validate);
            }, DatabaseOpener::metadataThread);
            if (!verified) {
                // A schema history and scripts verified before need neither Flyway nor its validation.
                for (ModuleMigrations m : migrations) {
                    progress.accept(Bundle.MSG_MigratingModule(m.schema().displayName()));
                    int n = m.migrate(plain, loader);
                    if (n > 0) {
                        LOG.log(Level.INFO, "Applied {0} migration(s) of module {1}", new Object[] {n, m.schema().moduleId()});
                    }
                }
            }
            long tMigrated = System.nanoTime();
            schemaReady.accept(pool, List.copyOf(migrations));
            SessionFactories.Mapped mappings = join(mapped);
            FirstScreen.awaitShown(); // a clerk signing in meanwhile goes first (FirstScreen)
            SessionFactory sf = mappings.sessionFactory();
            if (!verified) {
                remember(pool, migrations, ordered);
            }
            long tDone = System.nanoTime();
            LOG.log(Level.INFO, "Opened {0} in {1} ms (checks and migrations {2} ms{3}, SessionFactory {4} ms more)",
                    new Object[] {target, (tDone - t0) / 1_000_000, (tMigrated - t0) / 1_000_000,
                        verified ? ", schema verified before" : "", (tDone - tMigrated) / 1_000_000});
            return new OpenDatabase(target, pool, sf, List.copyOf(migrations), createdNow, List.copyOf(backups));
        } catch (RuntimeException e) {
            if (mapped != null) {
                mapped.thenAccept(SessionFactories.Mapped::discard); // once built, if it ever is
            }
            pool.close();
            throw e;
        }
    }

    private static void metadataThread(Runnable r) {
        Thread t = new Thread(r, "Pilar Hibernate metadata");
        t.setDaemon(true);
        t.start();
    }

    private static SessionFactories.Mapped join(CompletableFuture<SessionFactories.Mapped> mapped) {
        try {
            return mapped.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** After a full check passed: the next start of this build on this schema may skip it. */
    private static void remember(DataSource pool, List<ModuleMigrations> migrations, List<ModuleSchema> schemas) {
        try (Connection c = pool.getConnection()) {
            SchemaFingerprint.store(c, SchemaFingerprint.of(c, migrations, schemas));
        } catch (SQLException | RuntimeException e) {
            // Only a faster next start is lost: it checks everything again.
            LOG.log(Level.INFO, "Could not record the verified schema", e);
        }
    }

    private static boolean hasHistory(DatabaseTarget target, List<ModuleMigrations> migrations) {
        try (Connection c = DataSources.readOnly(target).getConnection()) {
            for (ModuleMigrations m : migrations) {
                if (!m.applied(c).isEmpty()) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "ERR_DbCannotRead", Bundle.ERR_DbCannotRead(target), e, target);
        }
    }

    /**
     * What a read of the file found: migrations pending, or the whole schema history exactly as
     * this build verified it before ({@link SchemaFingerprint}).
     */
    private record Probe(boolean pending, boolean verified) {
    }

    /** Reads an existing database without changing it. */
    private static Probe probe(DatabaseTarget target, List<ModuleMigrations> migrations, List<ModuleSchema> schemas) {
        try (Connection c = DataSources.readOnly(target).getConnection()) {
            if (target.isSqlite()) {
                int appId;
                int tables;
                try (Statement st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                        appId = rs.next() ? rs.getInt(1) : 0;
                    }
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                        tables = rs.next() ? rs.getInt(1) : 0;
                    }
                }
                boolean hasPilarHistory = false;
                for (ModuleMigrations m : migrations) {
                    hasPilarHistory |= !m.applied(c).isEmpty();
                }
                if (appId != 0 && appId != SqliteFileGuard.APPLICATION_ID) {
                    throw foreign(target);
                }
                if (appId == 0 && tables > 0 && !hasPilarHistory) {
                    throw foreign(target);
                }
                if (tables == 0) {
                    return new Probe(false, false);
                }
            }
            boolean pending = false;
            for (ModuleMigrations m : migrations) {
                MigrationVersion newer = m.newerThanShipped(c);
                if (newer != null) {
                    String shipped = m.latestShipped() == null ? "-" : m.latestShipped().getVersion();
                    throw new DatabaseRefusedException(Reason.NEWER_SCHEMA, "ERR_DbNewerSchema",
                            Bundle.ERR_DbNewerSchema(target, m.schema().moduleId(), newer.getVersion(), shipped),
                            target, m.schema().moduleId(), newer.getVersion(), shipped);
                }
                pending |= !m.pending(c).isEmpty();
            }
            String stored = pending ? null : SchemaFingerprint.stored(c);
            return new Probe(pending, stored != null && stored.equals(SchemaFingerprint.of(c, migrations, schemas)));
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("NOTADB") || msg.contains("CORRUPT") || msg.contains("malformed") || msg.contains("not a database")) {
                throw new DatabaseRefusedException(Reason.CORRUPT,
                        "ERR_DbCorrupt", Bundle.ERR_DbCorrupt(target), e, target);
            }
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN,
                    "ERR_DbCannotRead", Bundle.ERR_DbCannotRead(target), e, target);
        }
    }

    private static DatabaseRefusedException foreign(DatabaseTarget target) {
        return new DatabaseRefusedException(Reason.FOREIGN_DATABASE,
                "ERR_DbForeign", Bundle.ERR_DbForeign(target), target);
    }

    /**
     * A consistent copy made by SQLite itself ({@code VACUUM INTO}), safe with a WAL journal,
     * beside the database in {@code cadangan/}.
     */
    static Path backupBeforeMigration(Path db, DataSource ds) {
        Path dir = db.toAbsolutePath().getParent().resolve("cadangan");
        String name = db.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path backup = dir.resolve(name + "-pra-migrasi-" + id.pilar.core.api.time.JakartaTime.fileStamp() + ".db");
        try {
            Files.createDirectories(dir);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
            }
            LOG.log(Level.INFO, "Backed up {0} to {1} before migrating", new Object[] {db, backup});
            return backup;
        } catch (Exception e) {
            throw new DatabaseRefusedException(Reason.NOT_WRITABLE,
                    "ERR_DbBackupFailed", Bundle.ERR_DbBackupFailed(dir), e, dir);
        }
    }

    private static HikariDataSource pool(DatabaseTarget target, DataSource plain) {
        HikariConfig cfg = new HikariConfig();
        cfg.setDataSource(plain);
        cfg.setPoolName("pilar");
        cfg.setMaximumPoolSize(target.isSqlite() ? 4 : 8);
        cfg.setMinimumIdle(1);
        cfg.setAutoCommit(true);
        cfg.setInitializationFailTimeout(-1);
        return new HikariDataSource(cfg);
    }
}
