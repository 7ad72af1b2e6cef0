package id.pilar.core.impl.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Lets a test see a folder as read-only whoever runs it: root (CI containers) may write to a
 * folder without write permission, so there the operating system's answer cannot be used.
 */
public final class ReadOnlyFolders {

    private ReadOnlyFolders() {
    }

    /** Runs {@code work} while {@code folder} counts as not writable for the database guard. */
    public static void whileReadOnly(Path folder, Runnable work) {
        Predicate<Path> before = SqliteFileGuard.writable;
        SqliteFileGuard.writable = p -> !p.toAbsolutePath().equals(folder.toAbsolutePath()) && Files.isWritable(p);
        try {
            work.run();
        } finally {
            SqliteFileGuard.writable = before;
        }
    }
}
