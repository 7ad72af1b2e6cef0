package id.pilar.core.impl.db;

import java.util.function.Function;
import org.hibernate.Session;

/**
 * The session of a {@link id.pilar.core.persistence.Transactions#unitOfWork} running on one
 * thread, which the calls made inside it join, and the first failure of any of them: a unit whose
 * part failed must not commit the rest, even when the caller caught the failure and carried on.
 */
final class JoinedUnit {

    private final Session session;
    private RuntimeException failure;
    private Error fatal;

    JoinedUnit(Session session) {
        this.session = session;
    }

    /** Runs one joined call on the unit's session, remembering its failure. */
    <T> T call(Function<Session, T> work) {
        try {
            return work.apply(session);
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        } catch (Error e) {
            if (fatal == null) {
                fatal = e;
            }
            throw e;
        }
    }

    /** The failure a joined call threw after it was translated (a concurrent change, say). */
    void remember(RuntimeException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Before the commit: throws the first failure of a joined call, so the unit rolls back. */
    void throwIfAPartFailed() {
        if (fatal != null) {
            throw fatal;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
