package id.pilar.security.api;

import java.util.List;
import org.openide.util.Lookup;

/**
 * Local user accounts: login with lockout, the first administrator, and account management.
 *
 * <p>Passwords are stored as PBKDF2-HMAC-SHA256 hashes (210,000 iterations, random salt).
 * After {@link #MAX_FAILURES} wrong passwords an account is locked for {@link #LOCKOUT_MINUTES}
 * minutes.
 */
public interface UserAccounts {

    int MAX_FAILURES = 5;
    int LOCKOUT_MINUTES = 5;

    /** True when the database has no account yet (first start: create the administrator). */
    boolean noAccountsYet();

    /** First start only: creates the Admin account. Refused once any account exists. */
    UserInfo createFirstAdmin(String username, String displayName, char[] password);

    /** Checks a password (counting failures, locking after too many). Does not sign in. */
    LoginResult authenticate(String username, char[] password);

    /**
     * Readies the password check while the login dialog waits for the user: in a fresh JVM the
     * first PBKDF2 check runs mostly interpreted (0.6 s instead of 0.07 s here). Runs in the
     * background and returns at once; checks nothing and changes nothing.
     */
    default void prepareLogin() {
    }

    /** Authenticates and makes the account the acting user of this application. */
    LoginResult login(String username, char[] password);

    /** Ends the session of the acting user. */
    void logout();

    /** The signed-in account, or null. */
    UserInfo current();

    List<UserInfo> list();

    UserInfo create(String username, String displayName, Role role, char[] password);

    UserInfo changeRole(String userId, Role role);

    UserInfo setActive(String userId, boolean active);

    /** Admin: sets a new password (e.g. a user forgot theirs) and lifts a lockout. */
    UserInfo resetPassword(String userId, char[] newPassword);

    /** The acting user changes their own password; the old one must match. */
    void changeOwnPassword(char[] oldPassword, char[] newPassword);

    /**
     * Called (on the thread that signed in or out) after every login, logout and user switch, so
     * that windows showing data can reload it for the new user.
     */
    void addSessionListener(Runnable listener);

    void removeSessionListener(Runnable listener);

    static UserAccounts get() {
        return Lookup.getDefault().lookup(UserAccounts.class);
    }
}
