package id.pilar.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.openide.util.Lookup;

/**
 * One unit of work per service call. Only {@code impl} packages use this.
 *
 * <p>Every method opens a fresh session and transaction, commits when the work returns and rolls
 * back on any exception (the session is then discarded, as Hibernate requires). Work waits for the
 * data kernel to be ready, so services may be called while the database is still opening.
 *
 * <p>The one exception is {@link #unitOfWork}: inside it, every call on the same thread joins the
 * unit's session and transaction instead of opening its own.
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

    /**
     * Runs {@code work} as one unit of work, for a service that must call other modules' services
     * and write all or nothing (an outreach person: registry person, case, placement). Every
     * {@link #inTransaction}, {@link #run}, {@link #read}, {@link #jdbc} and {@link #query} this
     * thread makes inside it, directly or through any service, joins the unit's one session and
     * transaction: it sees the unit's earlier writes (the session is flushed before plain JDBC) and
     * commits nothing itself. The unit commits once when {@code work} returns and rolls everything
     * back when it throws, or when any joined call failed even if the caller caught that failure.
     * A nested {@code unitOfWork} joins too. Work handed to another thread is not part of it.
     *
     * <p>A joined {@code read} shares the writing session, so it is not read-only there (as
     * everywhere, read work must not change entities).
     */
    default <T> T unitOfWork(Supplier<T> work) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot join calls into one unit of work");
    }

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
