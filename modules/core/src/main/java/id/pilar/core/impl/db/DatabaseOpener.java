package id.pilar.core.impl.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseRefusedException.Reason;
import id.pilar.core.api.db.DatabaseTarget;
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
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.hibernate.SessionFactory;

/**
 * The steps of opening a database, in the order that keeps a user's file safe:
 * check the file, probe it read-only, back it up if migrations are pending, migrate every module
 * in dependency order, then build the connection pool and the SessionFactory.
 */
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
        if (!createdNow) {
            boolean pending = probe(target, migrations);
            if (pending && target.isSqlite()) {
                progress.accept("Mencadangkan basis data sebelum pembaruan skema");
                backups.add(backupBeforeMigration(target.sqliteFile(), plain));
            }
        }
        try (Connection c = plain.getConnection(); Statement st = c.createStatement()) {
            if (target.isSqlite() && createdNow) {
                st.execute("PRAGMA application_id = " + SqliteFileGuard.APPLICATION_ID);
            }
        } catch (SQLException e) {
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN,
                    "Basis data " + target + " tidak dapat dibuka: " + e.getMessage(), e);
        }
        for (ModuleMigrations m : migrations) {
            progress.accept("Memperbarui skema modul " + m.schema().displayName());
            int n = m.migrate(plain, loader);
            if (n > 0) {
                LOG.log(Level.INFO, "Applied {0} migration(s) of module {1}", new Object[] {n, m.schema().moduleId()});
            }
        }
        long tMigrated = System.nanoTime();
        progress.accept("Menyiapkan akses data");
        HikariDataSource pool = pool(target, plain);
        try {
            SessionFactory sf = SessionFactories.build(target, pool, ordered, loader);
            long tDone = System.nanoTime();
            LOG.log(Level.INFO, "Opened {0} in {1} ms (checks and migrations {2} ms, SessionFactory {3} ms)",
                    new Object[] {target, (tDone - t0) / 1_000_000, (tMigrated - t0) / 1_000_000, (tDone - tMigrated) / 1_000_000});
            return new OpenDatabase(target, pool, sf, List.copyOf(migrations), createdNow, List.copyOf(backups));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Reads an existing database without changing it; returns whether migrations are pending. */
    private static boolean probe(DatabaseTarget target, List<ModuleMigrations> migrations) {
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
                    return false;
                }
            }
            boolean pending = false;
            for (ModuleMigrations m : migrations) {
                MigrationVersion newer = m.newerThanShipped(c);
                if (newer != null) {
                    throw new DatabaseRefusedException(Reason.NEWER_SCHEMA,
                            "Basis data " + target + " dibuat oleh versi Pilar yang lebih baru (modul " + m.schema().moduleId()
                            + " versi skema " + newer.getVersion() + ", aplikasi ini hanya sampai "
                            + (m.latestShipped() == null ? "-" : m.latestShipped().getVersion())
                            + "). Perbarui aplikasi Pilar; berkas tidak diubah.");
                }
                pending |= !m.pending(c).isEmpty();
            }
            return pending;
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("NOTADB") || msg.contains("CORRUPT") || msg.contains("malformed") || msg.contains("not a database")) {
                throw new DatabaseRefusedException(Reason.CORRUPT,
                        "Basis data " + target + " rusak atau bukan basis data Pilar: " + msg + ". Berkas tidak diubah.", e);
            }
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN,
                    "Basis data " + target + " tidak dapat dibaca: " + msg + ". Berkas tidak diubah.", e);
        }
    }

    private static DatabaseRefusedException foreign(DatabaseTarget target) {
        return new DatabaseRefusedException(Reason.FOREIGN_DATABASE,
                "Berkas " + target + " adalah basis data SQLite milik aplikasi lain, bukan basis data Pilar. Berkas tidak diubah.");
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
                    "Cadangan sebelum pembaruan skema gagal dibuat di " + dir + ": " + e.getMessage()
                    + ". Pembaruan dibatalkan; basis data tidak diubah.", e);
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
