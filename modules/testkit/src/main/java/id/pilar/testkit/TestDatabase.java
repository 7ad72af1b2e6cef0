package id.pilar.testkit;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.persistence.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary SQLite database built by the real migrations of every module on the test
 * classpath (the same Lookup the application uses), opened in the application's data kernel.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabase.create()) {
 *     new PersonServiceImpl(db.transactions()) ...
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    private final Path dir;
    private final Path file;

    private TestDatabase(Path dir) {
        this.dir = dir;
        this.file = dir.resolve("pilar-test.db");
        DataKernel.get().open(DatabaseTarget.sqlite(file));
    }

    /** A new, empty, fully migrated database in a fresh temporary folder. */
    public static TestDatabase create() {
        try {
            return new TestDatabase(Files.createTempDirectory("pilar-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens (and migrates) the database file at {@code file}. */
    public static TestDatabase at(Path folder) {
        return new TestDatabase(folder);
    }

    public Path file() {
        return file;
    }

    public Path folder() {
        return dir;
    }

    public Transactions transactions() {
        return Transactions.get();
    }

    public DataKernel kernel() {
        return DataKernel.get();
    }

    @Override
    public void close() {
        DataKernel.get().close();
    }
}
