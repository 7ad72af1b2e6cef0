package id.pilar.security.impl;

import id.pilar.core.api.security.ActingUser;
import id.pilar.security.api.LoginResult;
import java.util.Set;
import org.openide.util.NbBundle.Messages;

/**
 * Who a batch job ({@code bin/pilar --nogui …}) acts as: the account given in the environment,
 * {@code PILAR_USER} and {@code PILAR_PASSWORD} (environment, not arguments, so the password does
 * not show in the process list or shell history). A database without accounts (a new office
 * before its first login) runs batch jobs as the OS user, like the first start of the window.
 */
@Messages({
    "# {0} - user",
    "MSG_BatchLoginFailed=Login batch gagal untuk pengguna ''{0}'' (kata sandi salah, akun nonaktif atau terkunci). Tugas batch ditolak.",
    "MSG_BatchNeedsLogin=Basis data ini memakai akun pengguna: jalankan tugas batch dengan variabel lingkungan PILAR_USER dan PILAR_PASSWORD (akun yang berhak atas tugas itu)."
})
final class BatchIdentity {

    static final String USER_ENV = "PILAR_USER";
    static final String PASSWORD_ENV = "PILAR_PASSWORD";

    private static volatile Identity resolved;

    private BatchIdentity() {
    }

    static boolean isBatch() {
        return Boolean.getBoolean("pilar.batch");
    }

    static synchronized Identity resolve() {
        if (resolved != null) {
            return resolved;
        }
        if (!SecurityAccessControl.databaseReady()) {
            return Identity.NOBODY;
        }
        resolved = authenticate(System.getenv(USER_ENV), System.getenv(PASSWORD_ENV));
        return resolved;
    }

    /** Separate from the environment for tests. */
    static Identity authenticate(String user, String password) {
        if (user == null || user.isBlank()) {
            if (!SecurityAccessControl.anyAccounts()) {
                return Identity.setup();
            }
            System.err.println(Bundle.MSG_BatchNeedsLogin());
            return Identity.NOBODY;
        }
        LoginResult r = new UserAccountsImpl().authenticate(user.trim(), password == null ? new char[0] : password.toCharArray());
        if (!r.ok()) {
            System.err.println(Bundle.MSG_BatchLoginFailed(user));
            return new Identity(new ActingUser(user.trim(), user.trim(), Set.of()), null);
        }
        return new Identity(new ActingUser(r.user().username(), r.user().displayName(), Set.of(r.user().role().name())),
                r.user().role());
    }

    /** Why a batch job was refused, for its error message: no login given, or the login failed; else empty. */
    static String refusalHint() {
        String user = System.getenv(USER_ENV);
        if (user == null || user.isBlank()) {
            return SecurityAccessControl.anyAccounts() ? Bundle.MSG_BatchNeedsLogin() : "";
        }
        Identity i = resolved;
        return i != null && i.role() == null ? Bundle.MSG_BatchLoginFailed(user) : "";
    }

    static void forget() {
        resolved = null;
    }
}
