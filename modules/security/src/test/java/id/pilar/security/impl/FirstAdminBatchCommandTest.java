package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.security.api.Role;
import id.pilar.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netbeans.api.sendopts.CommandException;

/** {@code --first-admin}: the administrator of a new database, by script, only while there is none. */
class FirstAdminBatchCommandTest {

    private TestDatabase db;
    private UserAccountsImpl users;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
        users = new UserAccountsImpl(db.transactions());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createsTheAdministratorWhoCanThenLogIn() throws Exception {
        String line = FirstAdminBatchCommand.create(users, "Kepala", "kata-sandi-kantor-1", "Kepala Seksi");
        assertThat(line).contains("kepala");
        assertThat(users.authenticate("kepala", "kata-sandi-kantor-1".toCharArray()).user().role()).isEqualTo(Role.ADMIN);
        assertThat(users.authenticate("kepala", "kata-sandi-kantor-1".toCharArray()).user().displayName()).isEqualTo("Kepala Seksi");
    }

    @Test
    void refusedOnceAnAccountExists() throws Exception {
        FirstAdminBatchCommand.create(users, "admin", "kata-sandi-kantor-1", null);
        assertThatThrownBy(() -> FirstAdminBatchCommand.create(users, "admin2", "kata-sandi-kantor-2", null))
                .isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("GAGAL"));
        assertThat(users.noAccountsYet()).isFalse();
        assertThat(users.authenticate("admin2", "kata-sandi-kantor-2".toCharArray()).ok()).isFalse();
    }

    @Test
    void missingOrWeakCredentialsAreRefusedWithAReason() {
        assertThatThrownBy(() -> FirstAdminBatchCommand.create(users, null, null, null))
                .isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("PILAR_USER"));
        assertThatThrownBy(() -> FirstAdminBatchCommand.create(users, "admin", "123", null))
                .isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("GAGAL"));
        assertThat(users.noAccountsYet()).isTrue();
    }
}
