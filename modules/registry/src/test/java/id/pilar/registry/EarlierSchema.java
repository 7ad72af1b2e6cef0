package id.pilar.registry;

import id.pilar.core.impl.db.CoreSchema;
import id.pilar.core.impl.migrate.ModuleMigrations;
import id.pilar.registry.impl.RegistrySchema;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteDataSource;

/**
 * A database file of an earlier registry schema, made by the application's own migrator
 * ({@link ModuleMigrations}, the same scripts and history tables as a real start) stopped at an
 * earlier registry version: core's scripts, then the registry's up to {@code version}. For upgrade
 * tests that then write that schema's kind of data and open the file.
 */
final class EarlierSchema {

    private EarlierSchema() {
    }

    /** Builds {@code file} with core's schema and the registry's up to {@code version} (e.g. "2"); returns its JDBC URL. */
    static String build(Path file, String version) throws IOException {
        String url = "jdbc:sqlite:" + file;
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(url);
        ClassLoader loader = EarlierSchema.class.getClassLoader();
        new ModuleMigrations(new CoreSchema(), "sqlite").migrate(ds, loader);
        new ModuleMigrations(new RegistrySchema(), "sqlite").migrate(ds, loader, MigrationVersion.fromVersion(version));
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1346980946"); // 0x50494C52, as the application writes it
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        return url;
    }
}
