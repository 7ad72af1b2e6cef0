package id.pilar.core.impl.db;

import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.db.KernelStatus;
import id.pilar.core.api.db.KernelStatus.State;
import id.pilar.core.api.db.MigrationReport;
import id.pilar.core.impl.migrate.ModuleMigrations;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.ModuleSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import id.pilar.core.api.error.PilarException;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.lookup.ServiceProviders;

/**
 * The data kernel: opens the database (see {@link DatabaseOpener}) and runs units of work on it.
 */
@ServiceProviders({
    @ServiceProvider(service = DataKernel.class),
    @ServiceProvider(service = Transactions.class)
})
@Messages({
    "MSG_DbNotOpen=Basis data belum dibuka",
    "# {0} - database",
    "MSG_DbOpening=Membuka basis data {0}",
    "# {0} - database",
    "MSG_DbReady=Basis data siap: {0}",
    "MSG_DbClosed=Basis data ditutup",
    "# {0} - what the database status says",
    "ERR_DbUnavailable=Basis data tidak tersedia: {0}",
    "# {0} - what the database status says",
    "ERR_DbNotReadyInTime=Basis data belum siap setelah menunggu: {0}"
})
public final class DataKernelImpl implements DataKernel, Transactions {

    private static final Logger LOG = Logger.getLogger(DataKernelImpl.class.getName());
    private static final long WAIT_FOR_OPEN_MS = TimeUnit.MINUTES.toMillis(5);

    private final Supplier<Collection<? extends ModuleSchema>> schemas;
    private final ClassLoader loader;
    private final List<Consumer<KernelStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object monitor = new Object();

    private volatile KernelStatus status = KernelStatus.of(State.CLOSED, Bundle.MSG_DbNotOpen());
    private volatile DatabaseTarget target;
    private DatabaseOpener.OpenDatabase current;
    /** The pool once the schema is migrated, before {@link #current} (the SessionFactory) exists. */
    private javax.sql.DataSource migratedPool;
    /** The modules' migrations of the database at {@link #migratedPool}, for reports asked before READY. */
    private List<ModuleMigrations> migratedMigrations = List.of();

    /** Production: schemas and class loader from the NetBeans Lookup. */
    public DataKernelImpl() {
        this(() -> Lookup.getDefault().lookupAll(ModuleSchema.class), systemClassLoader());
    }

    /** Tests: a fixed set of schemas. */
    public DataKernelImpl(Supplier<Collection<? extends ModuleSchema>> schemas, ClassLoader loader) {
        this.schemas = schemas;
        this.loader = loader;
    }

    private static ClassLoader systemClassLoader() {
        ClassLoader cl = Lookup.getDefault().lookup(ClassLoader.class);
        return cl != null ? cl : DataKernelImpl.class.getClassLoader();
    }

    @Override
    public KernelStatus status() {
        return status;
    }

    @Override
    public DatabaseTarget target() {
        return target;
    }

    @Override
    public synchronized void open(DatabaseTarget newTarget) {
        close();
        target = newTarget;
        setStatus(KernelStatus.of(State.OPENING, Bundle.MSG_DbOpening(newTarget.describe())));
        try {
            DatabaseOpener.OpenDatabase db = DatabaseOpener.open(newTarget, schemas.get(), loader,
                    msg -> setStatus(KernelStatus.of(State.MIGRATING, msg)),
                    (pool, migrated) -> {
                        synchronized (monitor) {
                            migratedPool = pool;
                            migratedMigrations = migrated;
                        }
                        setStatus(KernelStatus.of(State.SCHEMA_READY, Bundle.MSG_PreparingData()));
                    });
            synchronized (monitor) {
                current = db;
            }
            setStatus(KernelStatus.of(State.READY, Bundle.MSG_DbReady(newTarget.describe())));
        } catch (DatabaseRefusedException e) {
            forgetPool();
            LOG.log(Level.INFO, "Refused to open " + newTarget, e);
            setStatus(new KernelStatus(State.FAILED, e.getMessage(), e));
            throw e;
        } catch (RuntimeException e) {
            forgetPool();
            LOG.log(Level.WARNING, "Opening " + newTarget + " failed", e);
            DatabaseRefusedException refused = new DatabaseRefusedException(DatabaseRefusedException.Reason.CANNOT_OPEN,
                    "ERR_DbCannotOpen", Bundle.ERR_DbCannotOpen(newTarget.describe()), e, newTarget.describe());
            setStatus(new KernelStatus(State.FAILED, refused.getMessage(), refused));
            throw refused;
        }
    }

    /** The opener closed the pool it failed with. */
    private void forgetPool() {
        synchronized (monitor) {
            migratedPool = null;
            migratedMigrations = List.of();
        }
    }

    @Override
    public synchronized void close() {
        DatabaseOpener.OpenDatabase db;
        synchronized (monitor) {
            db = current;
            current = null;
            migratedPool = null;
            migratedMigrations = List.of();
        }
        if (db != null) {
            db.close();
            setStatus(KernelStatus.of(State.CLOSED, Bundle.MSG_DbClosed()));
        }
    }

    @Override
    public List<MigrationReport> migrationReports() {
        // From SCHEMA_READY on (plain JDBC): the start page's database tile asks while Hibernate starts.
        javax.sql.DataSource pool = awaitSchema();
        List<ModuleMigrations> migrations;
        synchronized (monitor) {
            migrations = current != null ? current.migrations() : migratedMigrations;
        }
        List<MigrationReport> out = new ArrayList<>();
        try (Connection c = pool.getConnection()) {
            for (ModuleMigrations m : migrations) {
                out.add(m.report(c));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the migration status: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public id.pilar.core.api.db.HealthReport checkHealth() {
        DatabaseHealth h = DatabaseHealth.check(this, this);
        return new id.pilar.core.api.db.HealthReport(h.healthy(), h.lines());
    }

    @Override
    public List<Path> preMigrationBackups() {
        DatabaseOpener.OpenDatabase db = current;
        return db == null ? List.of() : db.backups();
    }

    @Override
    public boolean createdNow() {
        DatabaseOpener.OpenDatabase db = current;
        return db != null && db.createdNow();
    }

    @Override
    public void addStatusListener(Consumer<KernelStatus> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeStatusListener(Consumer<KernelStatus> listener) {
        listeners.remove(listener);
    }

    private void setStatus(KernelStatus s) {
        // For start-up timelines (-J-Did.pilar.core.impl.db.DataKernelImpl.level=FINE).
        LOG.log(Level.FINE, "Kernel {0} at uptime {1} ms", new Object[] {s.state(),
            java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()});
        synchronized (monitor) {
            status = s;
            monitor.notifyAll();
        }
        for (Consumer<KernelStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Status listener failed", e);
            }
        }
    }

    /** Waits while the kernel is opening; fails at once when it is closed or failed. */
    private DatabaseOpener.OpenDatabase awaitOpen() {
        return await(() -> current != null && status.isReady() ? current : null);
    }

    /** The pool as soon as the schema is migrated: plain JDBC need not wait for Hibernate. */
    private javax.sql.DataSource awaitSchema() {
        return await(() -> {
            if (current != null && status.isReady()) {
                return current.pool();
            }
            return migratedPool != null && status.state() == State.SCHEMA_READY ? migratedPool : null;
        });
    }

    /** Waits (under {@link #monitor}) until {@code ready} answers; fails at once when closed or failed. */
    private <T> T await(Supplier<T> ready) {
        long deadline = System.currentTimeMillis() + WAIT_FOR_OPEN_MS;
        synchronized (monitor) {
            while (true) {
                T found = ready.get();
                if (found != null) {
                    return found;
                }
                State s = status.state();
                if (s == State.FAILED || s == State.CLOSED) {
                    throw new PilarException("ERR_DbUnavailable", Bundle.ERR_DbUnavailable(status.message()), status.message());
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new PilarException("ERR_DbNotReadyInTime", Bundle.ERR_DbNotReadyInTime(status.message()), status.message());
                }
                try {
                    monitor.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the database", e);
                }
            }
        }
    }

    SessionFactory sessionFactory() {
        return awaitOpen().sessionFactory();
    }

    /** The unit of work this thread runs on this kernel, if any (tests open several kernels). */
    private final ThreadLocal<JoinedUnit> joined = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Function<Session, T> work) {
        JoinedUnit unit = joined.get();
        return unit != null ? joinedCall(unit, work) : inNewSession(work, false);
    }

    @Override
    public <T> T read(Function<Session, T> work) {
        JoinedUnit unit = joined.get();
        return unit != null ? joinedCall(unit, work) : inNewSession(work, true);
    }

    @Override
    public <T> T unitOfWork(Supplier<T> work) {
        JoinedUnit outer = joined.get();
        if (outer != null) {
            return joinedCall(outer, s -> work.get());
        }
        return inNewSession(s -> {
            JoinedUnit unit = new JoinedUnit(s);
            joined.set(unit);
            try {
                T result = work.get();
                unit.throwIfAPartFailed();
                return result;
            } finally {
                joined.remove();
            }
        }, false);
    }

    /** A call inside a unit of work: the unit's session, no commit of its own. */
    private static <T> T joinedCall(JoinedUnit unit, Function<Session, T> work) {
        try {
            return unit.call(work);
        } catch (RuntimeException e) {
            if (!(e instanceof ConcurrentChangeException) && isConcurrentChange(e)) {
                ConcurrentChangeException changed = new ConcurrentChangeException(e);
                unit.remember(changed);
                throw changed;
            }
            throw e;
        }
    }

    private <T> T inNewSession(Function<Session, T> work, boolean readOnly) {
        try (Session session = sessionFactory().openSession()) {
            if (readOnly) {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
            }
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx, e);
                if (!(e instanceof ConcurrentChangeException) && isConcurrentChange(e)) {
                    throw new ConcurrentChangeException(e);
                }
                throw e;
            }
        }
    }

    /** Optimistic locking refused the flush: someone saved the same record since it was read. */
    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.StaleStateException || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <T> T jdbc(JdbcWork<T> work) {
        JoinedUnit unit = joined.get();
        if (unit != null) {
            return joinedCall(unit, session -> {
                session.flush();
                return session.doReturningWork(work::execute);
            });
        }
        return inTransaction(session -> session.doReturningWork(work::execute));
    }

    @Override
    public <T> T query(JdbcWork<T> work) {
        JoinedUnit unit = joined.get();
        if (unit != null) {
            return joinedCall(unit, session -> {
                session.flush();
                return session.doReturningWork(c -> queryOn(c, work));
            });
        }
        try (Connection c = awaitSchema().getConnection()) {
            return work.execute(c);
        } catch (SQLException e) {
            throw new id.pilar.core.persistence.DataAccessException("Database query failed: " + e.getMessage(), e);
        }
    }

    /** A query on the unit's connection fails as one on a pooled connection does. */
    private static <T> T queryOn(Connection c, JdbcWork<T> work) {
        try {
            return work.execute(c);
        } catch (SQLException e) {
            throw new id.pilar.core.persistence.DataAccessException("Database query failed: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Transaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
