package id.pilar.core.impl.db;

import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseRefusedException.Reason;
import id.pilar.core.api.db.DatabaseTarget;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.NbBundle.Messages;

/**
 * A PostgreSQL database is backed up with {@code pg_dump} before its schema changes, as a SQLite
 * file is copied: a migration that goes wrong must never cost the office its data.
 *
 * <p>Where {@code pg_dump} is not installed the migration is refused, with a sentence saying what
 * to do, unless the user confirms they made a backup themselves
 * ({@code PILAR_DB_MIGRATE_WITHOUT_BACKUP=1} in the environment, or the system property
 * {@code pilar.migrateWithoutBackup=true}). The dump goes to {@code ~/.pilar/data/cadangan/}
 * (system property {@code pilar.pgBackupDir} to change it) in pg_dump's custom format, which
 * {@code pg_restore} reads.
 */
@Messages({
    "# {0} - database",
    "MSG_PgDumpMissing=Skema basis data PostgreSQL {0} perlu diperbarui, tetapi pg_dump (klien PostgreSQL) tidak ditemukan untuk mencadangkannya lebih dulu. Pasang klien PostgreSQL, atau cadangkan basis data sendiri lalu jalankan Pilar dengan PILAR_DB_MIGRATE_WITHOUT_BACKUP=1. Basis data tidak diubah.",
    "# {0} - database",
    "# {1} - what pg_dump said",
    "MSG_PgDumpFailed=Cadangan basis data PostgreSQL {0} sebelum pembaruan skema gagal, jadi skema tidak diperbarui: {1}"
})
final class PostgresBackup {

    private static final Logger LOG = Logger.getLogger(PostgresBackup.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private PostgresBackup() {
    }

    /** Dumps the database; returns the dump file, or null when the user confirmed going without. */
    static Path beforeMigration(DatabaseTarget target, Map<String, String> env) {
        Path pgDump = findPgDump(env);
        if (pgDump == null) {
            if ("1".equals(env.get("PILAR_DB_MIGRATE_WITHOUT_BACKUP")) || Boolean.getBoolean("pilar.migrateWithoutBackup")) {
                LOG.log(Level.WARNING, "Migrating {0} without a backup: pg_dump not found, confirmed by the user", target);
                return null;
            }
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "MSG_PgDumpMissing", Bundle.MSG_PgDumpMissing(target.describe()), target.describe());
        }
        try {
            Path dir = Path.of(System.getProperty("pilar.pgBackupDir",
                    Path.of(System.getProperty("user.home"), ".pilar", "data", "cadangan").toString()));
            Files.createDirectories(dir);
            Path out = dir.resolve(databaseName(target.jdbcUrl()) + "-pra-migrasi-" + LocalDateTime.now().format(STAMP) + ".dump");
            List<String> cmd = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-password",
                    "--file=" + out, "--dbname=" + libpqUrl(target.jdbcUrl())));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            if (target.user() != null) {
                pb.environment().put("PGUSER", target.user());
            }
            if (target.password() != null) {
                pb.environment().put("PGPASSWORD", target.password());
            }
            Process p = pb.start();
            String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
                p.destroy();
                throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "MSG_PgDumpFailed", Bundle.MSG_PgDumpFailed(target.describe(), said), target.describe(), said);
            }
            LOG.log(Level.INFO, "Backed up {0} to {1} before migrating", new Object[] {target, out});
            return out;
        } catch (IOException e) {
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "MSG_PgDumpFailed", Bundle.MSG_PgDumpFailed(target.describe(), e.getMessage()), e, target.describe(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseRefusedException(Reason.CANNOT_OPEN, "MSG_PgDumpFailed", Bundle.MSG_PgDumpFailed(target.describe(), e.toString()), e, target.describe(), e.toString());
        }
    }

    /** {@code PILAR_PG_DUMP}, else {@code pg_dump} on the PATH. */
    static Path findPgDump(Map<String, String> env) {
        String explicit = env.get("PILAR_PG_DUMP");
        if (explicit != null && !explicit.isBlank()) {
            return Files.isExecutable(Path.of(explicit)) ? Path.of(explicit) : null;
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("pg_dump", "pg_dump.exe")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** {@code jdbc:postgresql://host:port/db?ssl=…} → {@code postgresql://host:port/db} (libpq has other parameters). */
    static String libpqUrl(String jdbcUrl) {
        String u = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring(5) : jdbcUrl;
        int q = u.indexOf('?');
        return q < 0 ? u : u.substring(0, q);
    }

    static String databaseName(String jdbcUrl) {
        String u = libpqUrl(jdbcUrl);
        String name = u.substring(u.lastIndexOf('/') + 1);
        return name.isEmpty() ? "pilar" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
