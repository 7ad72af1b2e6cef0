package id.pilar.core.impl.db;

import id.pilar.core.api.db.DatabaseTarget;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/** Builds JDBC data sources with the settings DESIGN.md asks for. */
final class DataSources {

    /** How long a writer waits for another connection's lock before giving up. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private DataSources() {
    }

    /** WAL journal, foreign keys on, synchronous FULL, a busy timeout. */
    static DataSource readWrite(DatabaseTarget target) {
        if (!target.isSqlite()) {
            return postgres(target);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + target.sqliteFile());
        return ds;
    }

    /** A connection that cannot change the file, for probing a file before we trust it. */
    static DataSource readOnly(DatabaseTarget target) {
        if (!target.isSqlite()) {
            return postgres(target);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + target.sqliteFile());
        return ds;
    }

    private static DataSource postgres(DatabaseTarget target) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(target.jdbcUrl());
        if (target.user() != null) {
            ds.setUser(target.user());
        }
        if (target.password() != null) {
            ds.setPassword(target.password());
        }
        return ds;
    }
}
