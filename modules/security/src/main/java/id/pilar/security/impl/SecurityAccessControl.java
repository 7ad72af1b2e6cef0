package id.pilar.security.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.ActingUser;
import id.pilar.core.api.security.Permission;
import id.pilar.security.api.RolePolicy;
import java.util.Set;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

/**
 * Permissions from the signed-in account's role ({@link RolePolicy}). Registered before core's
 * OS-user implementation (position 100 &lt; 1000), so it wins.
 *
 * <p>Who acts, in order: the account signed in through the login dialog; in a batch run
 * ({@code --nogui}), the account named by {@code PILAR_USER}/{@code PILAR_PASSWORD}
 * ({@link BatchIdentity}); on a database without any account yet (first start, before the
 * administrator is created), the OS user as administrator, exactly as before this module existed.
 * Otherwise nobody: every permission is refused.
 */
@ServiceProvider(service = AccessControl.class, position = 100)
@Messages({
    "LBL_Nobody=Belum masuk"
})
public final class SecurityAccessControl implements AccessControl {

    /** Who acts when nobody has signed in to a database that has accounts. */
    static final ActingUser NOBODY = new ActingUser("belum-masuk", Bundle.LBL_Nobody(), Set.of());

    private static volatile AccountsState accounts;

    /**
     * Who acts inside a login while it records the attempt: the person trying to log in, without
     * any permission. Keeps updated_by truthful and stops the batch identity from resolving itself
     * again (which would recurse) while its own login writes.
     */
    private static final ThreadLocal<Identity> DURING_LOGIN = new ThreadLocal<>();

    /** Whether the database {@code target} has accounts; cached because every service call asks. */
    private record AccountsState(DatabaseTarget target, boolean any) {
    }

    @Override
    public ActingUser currentUser() {
        return identity().user();
    }

    @Override
    public boolean isPermitted(Permission permission) {
        return identity().permits(permission);
    }

    @Override
    public boolean signedIn() {
        return SignedIn.current() != null;
    }

    @Override
    public void addUserListener(Runnable listener) {
        SignedIn.addListener(listener);
    }

    @Override
    public void removeUserListener(Runnable listener) {
        SignedIn.removeListener(listener);
    }

    @Override
    public void recordReveal(Sensitive kind, String entityType, String entityId) {
        ReadLog.append(currentUser().username(), ReadLog.REVEAL, entityType, entityId, kind.name());
    }

    @Override
    public void recordRead(String entityType, String entityId) {
        ReadLog.append(currentUser().username(), ReadLog.READ, entityType, entityId, null);
    }

    static Identity identity() {
        Identity login = DURING_LOGIN.get();
        if (login != null) {
            return login;
        }
        SignedIn.Session s = SignedIn.current();
        if (s != null && (s.target() == null || s.target().equals(DataKernel.get().target()))) {
            return Identity.of(s);
        }
        if (BatchIdentity.isBatch()) {
            return BatchIdentity.resolve();
        }
        if (databaseReady() && !anyAccounts()) {
            return Identity.setup();
        }
        return Identity.NOBODY;
    }

    static boolean databaseReady() {
        return DataKernel.get().status().isReady();
    }

    /** True when the open database has at least one account. */
    static boolean anyAccounts() {
        DatabaseTarget target = DataKernel.get().target();
        AccountsState a = accounts;
        if (a == null || !a.target().equals(target)) {
            a = new AccountsState(target, new UserAccountsImpl().countAccounts() > 0);
            accounts = a;
        }
        return a.any();
    }

    /** Runs {@code work} with {@code username} as the acting user and no permission. */
    static <T> T duringLogin(String username, java.util.function.Supplier<T> work) {
        Identity previous = DURING_LOGIN.get();
        DURING_LOGIN.set(new Identity(new ActingUser(username, username, Set.of()), null));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                DURING_LOGIN.remove();
            } else {
                DURING_LOGIN.set(previous);
            }
        }
    }

    /** Forget the cached answer (an account was created, or another database opened). */
    static void accountsChanged() {
        accounts = null;
        BatchIdentity.forget();
    }
}
