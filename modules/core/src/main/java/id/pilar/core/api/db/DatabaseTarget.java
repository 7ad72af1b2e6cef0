package id.pilar.core.api.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the data lives: a local SQLite file (the default) or a PostgreSQL server for an office
 * that outgrew one PC.
 *
 * @param sqliteFile the SQLite file, or {@code null} for a server
 * @param jdbcUrl    {@code jdbc:postgresql://…} for a server, else {@code null}
 * @param user       server user (may be null)
 * @param password   server password (may be null)
 */
public record DatabaseTarget(Path sqliteFile, String jdbcUrl, String user, String password) {

    public static DatabaseTarget sqlite(Path file) {
        return new DatabaseTarget(Objects.requireNonNull(file).toAbsolutePath().normalize(), null, null, null);
    }

    public static DatabaseTarget postgres(String jdbcUrl, String user, String password) {
        return new DatabaseTarget(null, jdbcUrl, user, password);
    }

    /** Reads what a user typed after {@code --db}: a {@code jdbc:postgresql:} URL or a file path. */
    public static DatabaseTarget parse(String text) {
        String t = text.trim();
        if (t.startsWith("jdbc:postgresql:")) {
            return postgres(t, System.getenv("PILAR_DB_USER"), System.getenv("PILAR_DB_PASSWORD"));
        }
        return sqlite(Path.of(t));
    }

    public boolean isSqlite() {
        return sqliteFile != null;
    }

    /** What to show a user: the file path or the URL (never the password). */
    public String describe() {
        return isSqlite() ? sqliteFile.toString() : jdbcUrl;
    }

    @Override
    public String toString() {
        return describe();
    }
}
