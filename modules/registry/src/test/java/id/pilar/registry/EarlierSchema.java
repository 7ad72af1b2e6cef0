package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A database file of an earlier registry schema, built by the scripts that made it: core's three
 * and the registry scripts given, each module under its own history table, as the application
 * names them. For upgrade tests that then write that schema's kind of data and open the file.
 */
final class EarlierSchema {

    private static final List<String> CORE = List.of("V1__core_schema.sql", "V2__wilayah_jakarta_pusat.sql", "V3__kategori_kesos.sql");

    private EarlierSchema() {
    }

    /**
     * Builds {@code file} from core's scripts and {@code registryScripts} (paths under
     * {@code /id/pilar/registry/db/}, e.g. {@code sqlite/V2__dtsen_data_and_search.sql}); returns its JDBC URL.
     */
    static String build(Path file, List<String> registryScripts) throws IOException {
        Path scripts = Files.createDirectories(file.resolveSibling(file.getFileName() + "-scripts"));
        Path core = Files.createDirectories(scripts.resolve("core"));
        Path registry = Files.createDirectories(scripts.resolve("registry"));
        for (String s : CORE) {
            copy("/id/pilar/core/db/" + s, core.resolve(s));
        }
        for (String s : registryScripts) {
            copy("/id/pilar/registry/db/" + s, registry.resolve(Path.of(s).getFileName().toString()));
        }
        String url = "jdbc:sqlite:" + file;
        migrate(url, core, "pilar_history_core");
        migrate(url, registry, "pilar_history_registry");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1346980946"); // 0x50494C52, as the application writes it
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        return url;
    }

    private static void migrate(String url, Path folder, String historyTable) {
        Flyway.configure(EarlierSchema.class.getClassLoader()).dataSource(url, null, null).table(historyTable)
                .locations("filesystem:" + folder).baselineOnMigrate(true).baselineVersion("0").mixed(true)
                .placeholderReplacement(false).load().migrate();
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = EarlierSchema.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, to);
        }
    }
}
