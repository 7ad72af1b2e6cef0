package id.pilar.security.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.security.api.LoginResult;
import id.pilar.security.api.LoginResult.Outcome;
import id.pilar.security.api.PasswordRules;
import id.pilar.security.api.Role;
import id.pilar.security.api.SecurityPermissions;
import id.pilar.security.api.SecurityRefusedException;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Accounts in {@code security_user}. Password hashing (about 0.2 s by design) runs outside any
 * transaction, so a login never holds the database's write lock while it computes.
 */
@ServiceProvider(service = UserAccounts.class)
@Messages({
    "MSG_AccountsExist=Akun Admin pertama sudah dibuat. Masuk dengan akun yang ada.",
    "# {0} - username",
    "MSG_UsernameTaken=Nama pengguna ''{0}'' sudah dipakai.",
    "MSG_DisplayNameMissing=Nama lengkap wajib diisi.",
    "MSG_UnknownUser=Akun tidak ditemukan.",
    "MSG_LastAdmin=Harus tetap ada minimal satu Admin aktif. Angkat Admin lain dulu.",
    "MSG_NotSelf=Anda tidak dapat menonaktifkan akun Anda sendiri.",
    "MSG_OldPasswordWrong=Kata sandi lama salah.",
    "MSG_NotSignedIn=Belum masuk: masuk dulu dengan akun Anda."
})
public final class UserAccountsImpl implements UserAccounts {

    private static final String BY_USERNAME = "from UserAccount where username = :u";
    private final Transactions tx;
    private final java.util.function.BooleanSupplier ormReady;

    public UserAccountsImpl() {
        this(Transactions.get());
    }

    public UserAccountsImpl(Transactions tx) {
        this(tx, () -> DataKernel.get().status().isReady());
    }

    /** @param ormReady whether Hibernate's SessionFactory is built (false at start-up, while the login shows) */
    UserAccountsImpl(Transactions tx, java.util.function.BooleanSupplier ormReady) {
        this.tx = tx;
        this.ormReady = ormReady;
    }

    int countAccounts() {
        return tx.read(s -> s.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult()).intValue();
    }

    /**
     * Plain JDBC, so the login dialog can ask as soon as the schema is migrated, while Hibernate
     * still builds its SessionFactory.
     */
    @Override
    public boolean noAccountsYet() {
        return tx.query(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM security_user")) {
                return rs.next() && rs.getLong(1) == 0;
            }
        });
    }

    @Override
    public UserInfo createFirstAdmin(String username, String displayName, char[] password) {
        // No permission check: before the first account exists nobody can hold one. Refused
        // once any account exists, so this cannot be used to add a second administrator.
        String name = validName(username, displayName, password);
        String hash = PasswordHasher.hash(password);
        UserInfo created = tx.inTransaction(s -> {
            if (s.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0) {
                throw new SecurityRefusedException("MSG_AccountsExist", Bundle.MSG_AccountsExist());
            }
            UserAccount a = new UserAccount(name, displayName.trim(), Role.ADMIN, hash);
            s.persist(a);
            return a.info();
        });
        SecurityAccessControl.accountsChanged();
        return created;
    }

    @Override
    public LoginResult authenticate(String username, char[] password) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        // The account by plain JDBC: at start-up the password check (PBKDF2, by design slow) then
        // runs while Hibernate still builds its SessionFactory.
        Optional<AccountRow> found = tx.query(c -> AccountRow.find(c, name));
        Instant now = Instant.now();
        if (found.isEmpty()) {
            PasswordHasher.hash(password); // same time as a real check: do not reveal which names exist
            return new LoginResult(Outcome.WRONG, null, null, -1);
        }
        AccountRow row = found.get();
        boolean ok = PasswordHasher.matches(password, row.passwordHash());
        if (ok && !ormReady.getAsBoolean()) {
            // Start-up, the SessionFactory not built yet: a right password on an active, unlocked
            // account lets the clerk in now; the success is recorded (failures reset, last login)
            // as soon as Hibernate is ready. A wrong password always takes the path below, so a
            // failure is counted before the dialog answers and the lockout is never late.
            if (row.lockedAt(now)) {
                return new LoginResult(Outcome.LOCKED, null, row.lockedUntil(), 0);
            }
            if (!row.active()) {
                return new LoginResult(Outcome.INACTIVE, null, null, 0);
            }
            RECORD.post(() -> recordSuccess(row.username(), row.id(), now));
            return new LoginResult(Outcome.OK, row.infoAfterLogin(now), null, MAX_FAILURES);
        }
        return SecurityAccessControl.duringLogin(row.username(), () -> tx.inTransaction(s -> {
            UserAccount fresh = s.find(UserAccount.class, row.id());
            if (fresh == null) {
                return new LoginResult(Outcome.WRONG, null, null, -1); // removed by a restore meanwhile
            }
            if (fresh.lockedUntil() != null && fresh.lockedUntil().isAfter(now)) {
                return new LoginResult(Outcome.LOCKED, null, fresh.lockedUntil(), 0);
            }
            if (!ok) {
                fresh.recordFailure(MAX_FAILURES, now.plus(Duration.ofMinutes(LOCKOUT_MINUTES)));
                if (fresh.lockedUntil() != null && fresh.lockedUntil().isAfter(now)) {
                    return new LoginResult(Outcome.LOCKED, null, fresh.lockedUntil(), 0);
                }
                return new LoginResult(Outcome.WRONG, null, null, MAX_FAILURES - fresh.failedAttempts());
            }
            if (!fresh.active()) {
                return new LoginResult(Outcome.INACTIVE, null, null, 0);
            }
            fresh.recordSuccess(now);
            return new LoginResult(Outcome.OK, fresh.info(), null, MAX_FAILURES);
        }));
    }

    /** Records a start-up login's success once the SessionFactory is ready ({@code tx} waits for it). */
    private void recordSuccess(String username, String id, Instant at) {
        try {
            SecurityAccessControl.duringLogin(username, () -> tx.inTransaction(s -> {
                UserAccount fresh = s.find(UserAccount.class, id);
                if (fresh != null) {
                    fresh.recordSuccess(at);
                }
                return null;
            }));
        } catch (RuntimeException e) {
            // Only the bookkeeping of a login that was let in is lost (last login, failures reset).
            java.util.logging.Logger.getLogger(UserAccountsImpl.class.getName())
                    .log(java.util.logging.Level.WARNING, "Recording the login of " + username + " failed", e);
        }
    }

    @Override
    public void prepareLogin() {
        if (PREPARED.compareAndSet(false, true)) {
            // Enough rounds for the JIT to compile HMAC-SHA256's loop (it compiles after some
            // thousands of calls), a sixth of a real check, on a throwaway secret and salt.
            RECORD.post(() -> PasswordHasher.derive("pilar-pemanasan".toCharArray(), new byte[16], PasswordHasher.ITERATIONS / 6, 256));
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Start-up logins' records, in the order they happened. */
    private static final org.openide.util.RequestProcessor RECORD = new org.openide.util.RequestProcessor("Pilar login record", 1);

    /** Waits until the start-up logins let in so far are recorded (tests). */
    static void awaitRecorded() {
        RECORD.post(() -> { }).waitFinished();
    }

    @Override
    public LoginResult login(String username, char[] password) {
        long t0 = System.nanoTime();
        LoginResult r = authenticate(username, password);
        java.util.logging.Logger.getLogger(UserAccountsImpl.class.getName()).log(java.util.logging.Level.FINE,
                "Login checked in {0} ms, at uptime {1} ms", new Object[] {(System.nanoTime() - t0) / 1_000_000,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()});
        if (r.ok()) {
            UserInfo u = r.user();
            SignedIn.set(new SignedIn.Session(u.id(), u.username(), u.displayName(), u.role(), DataKernel.get().target()));
        }
        return r;
    }

    /** After a restore the signed-in account may not exist (or be inactive) in the restored data. */
    static void afterRestore() {
        SignedIn.Session s = SignedIn.current();
        if (s == null) {
            return;
        }
        UserInfo still = new UserAccountsImpl().tx.read(session -> {
            UserAccount a = session.find(UserAccount.class, s.userId());
            return a == null ? null : a.info();
        });
        if (still == null || !still.active() || still.role() != s.role()) {
            SignedIn.clear();
        }
    }

    @Override
    public void addSessionListener(Runnable listener) {
        SignedIn.addListener(listener);
    }

    @Override
    public void removeSessionListener(Runnable listener) {
        SignedIn.removeListener(listener);
    }

    @Override
    public void logout() {
        SignedIn.clear();
    }

    @Override
    public UserInfo current() {
        SignedIn.Session s = SignedIn.current();
        return s == null ? null : tx.read(session -> {
            UserAccount a = session.find(UserAccount.class, s.userId());
            return a == null ? null : a.info();
        });
    }

    @Override
    public List<UserInfo> list() {
        AccessControl.get().require(SecurityPermissions.USER_ADMIN);
        return tx.read(s -> s.createQuery("from UserAccount order by username", UserAccount.class)
                .getResultStream().map(UserAccount::info).toList());
    }

    @Override
    public UserInfo create(String username, String displayName, Role role, char[] password) {
        AccessControl.get().require(SecurityPermissions.USER_ADMIN);
        String name = validName(username, displayName, password);
        String hash = PasswordHasher.hash(password);
        UserInfo created = tx.inTransaction(s -> {
            if (s.createQuery(BY_USERNAME, UserAccount.class).setParameter("u", name).getResultStream().findFirst().isPresent()) {
                throw new SecurityRefusedException("MSG_UsernameTaken", Bundle.MSG_UsernameTaken(name), name);
            }
            UserAccount a = new UserAccount(name, displayName.trim(), role, hash);
            s.persist(a);
            return a.info();
        });
        SecurityAccessControl.accountsChanged();
        return created;
    }

    @Override
    public UserInfo changeRole(String userId, Role role) {
        AccessControl.get().require(SecurityPermissions.USER_ADMIN);
        return tx.inTransaction(s -> {
            UserAccount a = find(s, userId);
            if (a.role() == Role.ADMIN && role != Role.ADMIN && a.active() && activeAdmins(s) <= 1) {
                throw new SecurityRefusedException("MSG_LastAdmin", Bundle.MSG_LastAdmin());
            }
            a.setRole(role);
            return a.info();
        });
    }

    @Override
    public UserInfo setActive(String userId, boolean active) {
        AccessControl.get().require(SecurityPermissions.USER_ADMIN);
        SignedIn.Session me = SignedIn.current();
        if (!active && me != null && me.userId().equals(userId)) {
            throw new SecurityRefusedException("MSG_NotSelf", Bundle.MSG_NotSelf());
        }
        return tx.inTransaction(s -> {
            UserAccount a = find(s, userId);
            if (!active && a.role() == Role.ADMIN && a.active() && activeAdmins(s) <= 1) {
                throw new SecurityRefusedException("MSG_LastAdmin", Bundle.MSG_LastAdmin());
            }
            a.setActive(active);
            return a.info();
        });
    }

    @Override
    public UserInfo resetPassword(String userId, char[] newPassword) {
        AccessControl.get().require(SecurityPermissions.USER_ADMIN);
        String username = tx.read(s -> find(s, userId).username());
        PasswordRules.problem(username, newPassword).ifPresent(p -> {
            throw new SecurityRefusedException("PASSWORD_RULE", p);
        });
        String hash = PasswordHasher.hash(newPassword);
        return tx.inTransaction(s -> {
            UserAccount a = find(s, userId);
            a.setPasswordHash(hash);
            return a.info();
        });
    }

    @Override
    public void changeOwnPassword(char[] oldPassword, char[] newPassword) {
        AccessControl.get().require(SecurityPermissions.SELF_WRITE);
        SignedIn.Session me = SignedIn.current();
        if (me == null) {
            throw new SecurityRefusedException("MSG_NotSignedIn", Bundle.MSG_NotSignedIn());
        }
        String stored = tx.read(s -> find(s, me.userId()).passwordHash());
        if (!PasswordHasher.matches(oldPassword, stored)) {
            throw new SecurityRefusedException("MSG_OldPasswordWrong", Bundle.MSG_OldPasswordWrong());
        }
        PasswordRules.problem(me.username(), newPassword).ifPresent(p -> {
            throw new SecurityRefusedException("PASSWORD_RULE", p);
        });
        String hash = PasswordHasher.hash(newPassword);
        tx.run(s -> find(s, me.userId()).setPasswordHash(hash));
    }

    private static UserAccount find(Session s, String id) {
        UserAccount a = s.find(UserAccount.class, id);
        if (a == null) {
            throw new SecurityRefusedException("MSG_UnknownUser", Bundle.MSG_UnknownUser());
        }
        return a;
    }

    private static long activeAdmins(Session s) {
        return s.createQuery("select count(u) from UserAccount u where u.role = :r and u.active = 1", Long.class)
                .setParameter("r", Role.ADMIN).getSingleResult();
    }

    private static String validName(String username, String displayName, char[] password) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        PasswordRules.usernameProblem(name).ifPresent(p -> {
            throw new SecurityRefusedException("PASSWORD_RULE", p);
        });
        if (displayName == null || displayName.isBlank()) {
            throw new SecurityRefusedException("MSG_DisplayNameMissing", Bundle.MSG_DisplayNameMissing());
        }
        PasswordRules.problem(name, password).ifPresent(p -> {
            throw new SecurityRefusedException("PASSWORD_RULE", p);
        });
        return name;
    }
}
