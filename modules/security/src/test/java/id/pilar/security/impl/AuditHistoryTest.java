package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.security.AccessControl;
import id.pilar.security.api.AuditHistory.Change;
import id.pilar.security.api.AuditHistory.FieldChange;
import id.pilar.security.api.AuditHistory.ReadLogEntry;
import id.pilar.security.api.Role;
import id.pilar.security.api.UserInfo;
import id.pilar.testkit.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditHistoryTest {

    private TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
    }

    @AfterEach
    void close() {
        Fixtures.signOut();
        db.close();
    }

    @Test
    void historyShowsWhoWhenWhichFieldsOldAndNew() {
        Fixtures.actAs(Role.ADMIN);
        UserAccountsImpl users = new UserAccountsImpl(db.transactions());
        UserInfo u = users.create("budi", "Budi", Role.OPERATOR, "kata-sandi-budi".toCharArray());
        Fixtures.actAs(Role.ADMIN);
        users.changeRole(u.id(), Role.PEKERJA_SOSIAL);
        users.setActive(u.id(), false);

        AuditHistoryImpl audit = new AuditHistoryImpl(db.transactions());
        assertThat(audit.auditedEntities()).contains(UserAccount.class.getName(), ConsentRecord.class.getName());
        List<Change> h = audit.history(UserAccount.class.getName(), u.id());

        assertThat(h).hasSize(3);
        assertThat(h).extracting(Change::kind).containsExactly("DIBUAT", "DIUBAH", "DIUBAH");
        assertThat(h).extracting(Change::username).containsOnly("test-admin");
        assertThat(h.get(0).at()).isNotNull();
        assertThat(h.get(0).fields()).extracting(FieldChange::field).contains("username", "displayName", "role", "active")
                .doesNotContain("passwordHash", "failedAttempts");
        assertThat(h.get(1).fields()).containsExactly(new FieldChange("role", "OPERATOR", "PEKERJA_SOSIAL"));
        assertThat(h.get(2).fields()).containsExactly(new FieldChange("active", "1", "0"));
        assertThat(h.get(1).revision()).isGreaterThan(h.get(0).revision());
    }

    @Test
    void readsAndRevealsAreLogged() {
        Fixtures.actAs(Role.PEKERJA_SOSIAL);
        AccessControl.get().recordRead("person", "orang-7");
        AccessControl.get().recordReveal(AccessControl.Sensitive.HEALTH, "person", "orang-7");
        Fixtures.actAs(Role.SUPERVISOR);
        List<ReadLogEntry> log = new AuditHistoryImpl(db.transactions()).readLog("person", "orang-7");
        assertThat(log).hasSize(2).allMatch(e -> e.username().equals("test-pekerja_sosial"));
        assertThat(log).extracting(ReadLogEntry::action).containsExactlyInAnyOrder("BACA", "BUKA_SAMARAN");
        assertThat(log).extracting(ReadLogEntry::sensitiveKind).containsExactlyInAnyOrder(null, "HEALTH");
    }
}
