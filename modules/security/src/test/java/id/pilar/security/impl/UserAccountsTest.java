package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.security.api.LoginResult.Outcome;
import id.pilar.security.api.Role;
import id.pilar.security.api.SecurityRefusedException;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.testkit.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountsTest {

    private TestDatabase db;
    private UserAccountsImpl users;

    @BeforeEach
    void open() {
        SignedIn.clear();
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
        users = new UserAccountsImpl(db.transactions());
    }

    @AfterEach
    void close() {
        SignedIn.clear();
        db.close();
    }

    @Test
    void ourAccessControlReplacesTheOsUserOne() {
        assertThat(AccessControl.get()).isInstanceOf(SecurityAccessControl.class);
    }

    @Test
    void firstStartCreatesTheAdminOnceAndStoresOnlyASaltedSlowHash() throws Exception {
        assertThat(users.noAccountsYet()).isTrue();
        UserInfo admin = users.createFirstAdmin("Admin", "Ibu Admin", "rahasia-kantor-1".toCharArray());
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(users.noAccountsYet()).isFalse();
        assertThatThrownBy(() -> users.createFirstAdmin("admin2", "Lain", "rahasia-kantor-2".toCharArray()))
                .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("sudah dibuat");

        String hash = db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT password_hash FROM security_user")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(hash).startsWith("pbkdf2-sha256$210000$").doesNotContain("rahasia");
    }

    @Test
    void underTheEnglishLocaleARefusalIsEnglishAndCarriesItsCode() {
        users.createFirstAdmin("Admin", "Ibu Admin", "rahasia-kantor-1".toCharArray());
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.US);
        try {
            assertThatThrownBy(() -> users.createFirstAdmin("admin2", "Lain", "rahasia-kantor-2".toCharArray()))
                    .isInstanceOfSatisfying(SecurityRefusedException.class, e -> assertThat(e.code()).isEqualTo("MSG_AccountsExist"))
                    .hasMessage("The first Admin account already exists. Log in with an existing account.");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void shortOrMismatchedPasswordsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> users.createFirstAdmin("admin", "Admin", "pendek".toCharArray()))
                .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("minimal 10");
        assertThat(users.noAccountsYet()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        users.createFirstAdmin("admin", "Admin", "rahasia-kantor-1".toCharArray());
        for (int i = 1; i < UserAccounts.MAX_FAILURES; i++) {
            var r = users.authenticate("admin", "salah-salah-salah".toCharArray());
            assertThat(r.outcome()).isEqualTo(Outcome.WRONG);
            assertThat(r.attemptsLeft()).isEqualTo(UserAccounts.MAX_FAILURES - i);
        }
        assertThat(users.authenticate("admin", "salah-salah-salah".toCharArray()).outcome()).isEqualTo(Outcome.LOCKED);
        var locked = users.authenticate("admin", "rahasia-kantor-1".toCharArray());
        assertThat(locked.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(locked.lockedUntil()).isAfter(java.time.Instant.now().plusSeconds(60 * 4));
    }

    /** At start-up (SessionFactory not built) a right password lets the clerk in at once; the record follows. */
    @Test
    void aStartUpLoginLetsTheClerkInBeforeHibernateAndRecordsTheSuccessAfterwards() throws Exception {
        users.createFirstAdmin("admin", "Ibu Admin", "rahasia-kantor-1".toCharArray());
        assertThat(users.authenticate("admin", "salah-salah-salah".toCharArray()).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(failedAttempts("admin")).isEqualTo(1);
        UserAccountsImpl atStartUp = new UserAccountsImpl(db.transactions(), () -> false);

        var r = atStartUp.login("admin", "rahasia-kantor-1".toCharArray());
        assertThat(r.ok()).isTrue();
        assertThat(r.user().displayName()).isEqualTo("Ibu Admin");
        assertThat(r.user().role()).isEqualTo(Role.ADMIN);
        assertThat(AccessControl.get().currentUser().username()).isEqualTo("admin");
        UserAccountsImpl.awaitRecorded();
        assertThat(failedAttempts("admin")).isZero();
        String lastLogin = db.transactions().query(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_login_at FROM security_user")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(lastLogin).isNotNull();
    }

    /** A wrong password at start-up is counted before the dialog answers; a locked or inactive account stays out. */
    @Test
    void atStartUpAWrongPasswordIsCountedAtOnceAndALockedAccountStaysLocked() {
        users.createFirstAdmin("admin", "Admin", "rahasia-kantor-1".toCharArray());
        UserAccountsImpl atStartUp = new UserAccountsImpl(db.transactions(), () -> false);
        for (int i = 1; i < UserAccounts.MAX_FAILURES; i++) {
            assertThat(atStartUp.authenticate("admin", "salah-salah-salah".toCharArray()).attemptsLeft())
                    .isEqualTo(UserAccounts.MAX_FAILURES - i);
            assertThat(failedAttempts("admin")).isEqualTo(i);
        }
        assertThat(atStartUp.authenticate("admin", "salah-salah-salah".toCharArray()).outcome()).isEqualTo(Outcome.LOCKED);
        var locked = atStartUp.authenticate("admin", "rahasia-kantor-1".toCharArray());
        assertThat(locked.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(locked.lockedUntil()).isAfter(java.time.Instant.now().plusSeconds(60 * 4));

        assertThat(users.login("admin", "rahasia-kantor-1".toCharArray()).outcome()).isEqualTo(Outcome.LOCKED);
        db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE security_user SET locked_until = NULL, active = 0");
            }
            return null;
        });
        assertThat(atStartUp.authenticate("admin", "rahasia-kantor-1".toCharArray()).outcome()).isEqualTo(Outcome.INACTIVE);
    }

    private int failedAttempts(String username) {
        return db.transactions().query(c -> {
            try (var ps = c.prepareStatement("SELECT failed_attempts FROM security_user WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Test
    void loginSetsTheActingUserAndRoleDecidesPermissions() {
        users.createFirstAdmin("admin", "Admin", "rahasia-kantor-1".toCharArray());
        // Accounts exist and nobody signed in: nothing is permitted.
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThat(users.login("admin", "rahasia-kantor-1".toCharArray()).ok()).isTrue();
        assertThat(AccessControl.get().currentUser().username()).isEqualTo("admin");
        UserInfo op = users.create("op1", "Operator Satu", Role.OPERATOR, "operator-sandi-1".toCharArray());
        assertThat(users.list()).extracting(UserInfo::username).containsExactly("admin", "op1");
        assertThat(op.role()).isEqualTo(Role.OPERATOR);

        users.logout();
        assertThat(users.login("op1", "operator-sandi-1".toCharArray()).ok()).isTrue();
        assertThatThrownBy(() -> users.create("op2", "Operator Dua", Role.ADMIN, "operator-sandi-2".toCharArray()))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission().id()).isEqualTo("security.user.admin"));
        users.changeOwnPassword("operator-sandi-1".toCharArray(), "operator-sandi-baru".toCharArray());
        users.logout();
        assertThat(users.authenticate("op1", "operator-sandi-1".toCharArray()).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(users.authenticate("op1", "operator-sandi-baru".toCharArray()).ok()).isTrue();
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDeactivated() {
        UserInfo admin = users.createFirstAdmin("admin", "Admin", "rahasia-kantor-1".toCharArray());
        users.login("admin", "rahasia-kantor-1".toCharArray());
        assertThatThrownBy(() -> users.changeRole(admin.id(), Role.SUPERVISOR)).hasMessageContaining("minimal satu Admin");
        UserInfo sup = users.create("sup", "Supervisor", Role.SUPERVISOR, "supervisor-sandi".toCharArray());
        users.setActive(sup.id(), false);
        assertThat(users.authenticate("sup", "supervisor-sandi".toCharArray()).outcome()).isEqualTo(Outcome.INACTIVE);
    }
}
