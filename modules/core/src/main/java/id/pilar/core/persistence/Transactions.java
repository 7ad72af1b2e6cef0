package id.pilar.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.openide.util.Lookup;

/**
 * One unit of work per service call. Only {@code impl} packages use this.
 *
 * <p>Every method opens a fresh session and transaction, commits when the work returns and rolls
 * back on any exception (the session is then discarded, as Hibernate requires). Work waits for the
 * data kernel to be ready, so services may be called while the database is still opening.
 */
public interface Transactions {

    /** Runs {@code work} in a new transaction and returns its result. */
    <T> T inTransaction(Function<Session, T> work);

    /** Runs {@code work} in a new transaction. */
    default void run(Consumer<Session> work) {
        inTransaction(s -> {
            work.accept(s);
            return null;
        });
    }

    /** Runs {@code work} in a read-only transaction (no flush). */
    <T> T read(Function<Session, T> work);

    /**
     * Plain JDBC in one transaction, for bulk work (imports) where per-row ORM costs too much.
     * Commit on return, rollback on exception.
     */
    <T> T jdbc(JdbcWork<T> work);

    /**
     * Read-only JDBC on a pooled connection, without an ORM session or an explicit transaction:
     * for hot read paths (search as one types) whose cost would otherwise be mostly session and
     * transaction set-up. Each statement reads a consistent snapshot; the work must not write.
     * Runs as soon as the schema is migrated, while the SessionFactory is still being built (the
     * login's first look at the accounts), where the other methods wait for it.
     */
    <T> T query(JdbcWork<T> work);

    /** A piece of JDBC work. */
    @FunctionalInterface
    interface JdbcWork<T> {
        T execute(Connection connection) throws SQLException;
    }

    /** The kernel's transactions. */
    static Transactions get() {
        Transactions t = Lookup.getDefault().lookup(Transactions.class);
        if (t == null) {
            throw new IllegalStateException("Pilar core is not installed");
        }
        return t;
    }
}
