package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.security.api.Role;
import id.pilar.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who a batch job acts as: the account from PILAR_USER/PILAR_PASSWORD, or the OS user before any account exists. */
class BatchIdentityTest {

    private TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
        System.setProperty("pilar.batch", "true");
    }

    @AfterEach
    void close() {
        System.clearProperty("pilar.batch");
        BatchIdentity.forget();
        db.close();
    }

    @Test
    void withoutAccountsTheOsUserAdministers() {
        assertThat(BatchIdentity.authenticate(null, null).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void withAccountsTheJobNeedsAValidLoginAndGetsThatRole() {
        UserAccountsImpl users = new UserAccountsImpl(db.transactions());
        users.createFirstAdmin("admin", "Admin", "kata-sandi-admin".toCharArray());
        Fixtures.actAs(Role.ADMIN);
        users.create("op1", "Operator", Role.OPERATOR, "kata-sandi-op1".toCharArray());
        Fixtures.signOut();

        assertThat(BatchIdentity.authenticate(null, null).role()).isNull();
        Identity wrong = BatchIdentity.authenticate("admin", "bukan-sandinya");
        assertThat(wrong.role()).isNull();
        assertThat(wrong.permits(id.pilar.security.api.SecurityPermissions.BACKUP_ADMIN)).isFalse();
        Identity admin = BatchIdentity.authenticate("admin", "kata-sandi-admin");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.user().username()).isEqualTo("admin");
        Identity op = BatchIdentity.authenticate("op1", "kata-sandi-op1");
        assertThat(op.permits(id.pilar.security.api.SecurityPermissions.BACKUP_ADMIN)).isFalse();
        assertThat(op.permits(id.pilar.security.api.SecurityPermissions.CONSENT_WRITE)).isTrue();
        // The login's own write (failure counter, last login) names the person logging in.
        String updatedBy = db.transactions().jdbc(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT updated_by FROM security_user WHERE username = 'op1'")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(updatedBy).isEqualTo("op1");
    }
}
