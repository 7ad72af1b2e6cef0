package id.pilar.security.impl;

import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.security.api.Role;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The account signed in to this application (one user per running Pilar). Held in memory only:
 * every start asks for the password again.
 */
public final class SignedIn {

    /**
     * @param target the database the user signed in to; another database needs another login
     */
    public record Session(String userId, String username, String displayName, Role role, DatabaseTarget target) {
    }

    private static volatile Session current;
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private SignedIn() {
    }

    public static Session current() {
        return current;
    }

    static void set(Session session) {
        current = session;
        LISTENERS.forEach(Runnable::run);
    }

    static void clear() {
        set(null);
    }

    /** Called after every sign-in and sign-out (on the calling thread). */
    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }
}
