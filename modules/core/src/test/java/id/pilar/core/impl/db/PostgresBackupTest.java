package id.pilar.core.impl.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PostgreSQL database is dumped before a migration, or the migration is refused with a clear sentence. */
class PostgresBackupTest {

    private static final DatabaseTarget TARGET = DatabaseTarget.postgres("jdbc:postgresql://localhost:5432/kantor?ssl=false", "pilar", "rahasia");

    @Test
    void withoutPgDumpTheMigrationIsRefusedUnlessTheUserConfirms(@TempDir Path empty) {
        Map<String, String> env = Map.of("PATH", empty.toString());
        assertThatThrownBy(() -> PostgresBackup.beforeMigration(TARGET, env))
                .isInstanceOf(DatabaseRefusedException.class)
                .hasMessageContaining("pg_dump").hasMessageContaining("PILAR_DB_MIGRATE_WITHOUT_BACKUP=1")
                .hasMessageContaining("tidak diubah");
        assertThat(PostgresBackup.beforeMigration(TARGET, Map.of("PATH", empty.toString(), "PILAR_DB_MIGRATE_WITHOUT_BACKUP", "1"))).isNull();
    }

    @Test
    void pgDumpWritesACustomFormatDumpOfTheDatabase(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = bin.resolve("pg_dump");
        // Stands in for pg_dump: records its arguments and user, writes the file it is asked for.
        Files.writeString(fake, "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --file=*) f=\"${a#--file=}\";; esac; done\n"
                + "echo \"$* user=$PGUSER pw=$PGPASSWORD\" > \"$f\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty("pilar.pgBackupDir", dir.resolve("cadangan").toString());
        try {
            Path dump = PostgresBackup.beforeMigration(TARGET, Map.of("PATH", bin.toString()));
            assertThat(dump.getFileName().toString()).startsWith("kantor-pra-migrasi-").endsWith(".dump");
            assertThat(Files.readString(dump)).contains("--format=custom", "--dbname=postgresql://localhost:5432/kantor ",
                    "user=pilar", "pw=rahasia").doesNotContain("ssl=false");
        } finally {
            System.clearProperty("pilar.pgBackupDir");
        }
    }

    @Test
    void aFailingPgDumpStopsTheMigration(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("pg_dump");
        Files.writeString(fake, "#!/bin/sh\necho 'koneksi ditolak' ; exit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty("pilar.pgBackupDir", dir.resolve("cadangan").toString());
        try {
            assertThatThrownBy(() -> PostgresBackup.beforeMigration(TARGET, Map.of("PILAR_PG_DUMP", fake.toString())))
                    .isInstanceOf(DatabaseRefusedException.class).hasMessageContaining("koneksi ditolak");
        } finally {
            System.clearProperty("pilar.pgBackupDir");
        }
    }
}
