package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.HouseholdServiceImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.impl.MemberServiceImpl;
import id.pilar.security.api.AuditHistory.Change;
import id.pilar.security.api.AuditHistory.FieldChange;
import id.pilar.security.api.Role;
import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 1: a change to a person, a household or a member has a history that names who
 * changed which field from what to what; only Supervisor and Admin may read it.
 */
class AuditHistoryAcrossModulesTest {

    private static TestDatabase db;
    private static AuditHistoryImpl audit;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
        // No account yet: the OS user is Admin and creates the clerk who makes the changes.
        new UserAccountsImpl(db.transactions()).create("sri", "Sri Wahyuni", Role.OPERATOR, "kata-sandi-sri-01".toCharArray());
        SecurityAccessControl.accountsChanged();
        audit = new AuditHistoryImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        Acting.signOut();
        db.close();
    }

    private static FieldChange field(Change c, String name) {
        return c.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + c));
    }

    @Test
    void aPersonAndTheirHouseholdShowWhoChangedWhat() {
        Acting.as("sri", "Sri Wahyuni", Role.OPERATOR);
        PersonServiceImpl people = new PersonServiceImpl(db.transactions());
        PersonSummary p = people.create(PersonDraft.named("Budi Santoso").withNik("3171011708450001")
                .withBirth(Sex.LAKI_LAKI, "Jakarta", LocalDate.of(1945, 8, 17))
                .withAddress("Jl. Kramat Raya 12", "3", "5", "31.71.01.1001"), true);
        PersonDetail d = people.find(p.id()).orElseThrow();
        people.update(p.id(), d.version(), d.draft().withAddress("Jl. Salemba Tengah 7", "3", "5", "31.71.01.1001")
                .withContact("+6281234567890", null, null), true);
        HouseholdServiceImpl households = new HouseholdServiceImpl(db.transactions());
        HouseholdSummary kk = households.create("3171010101090001", "Jl. Kramat Raya 12", "3", "5", "31.71.01.1001", p.id(),
                LocalDate.of(2026, 1, 5));
        households.move(kk.id(), "Jl. Salemba Tengah 7", "3", "5", "31.71.01.1001", LocalDate.of(2026, 2, 1));

        Acting.as(Role.OPERATOR);
        assertThatThrownBy(() -> audit.history("id.pilar.registry.impl.model.PersonEntity", p.id()))
                .isInstanceOf(AccessDeniedException.class);

        Acting.as(Role.SUPERVISOR);
        List<Change> person = audit.history("id.pilar.registry.impl.model.PersonEntity", p.id());
        assertThat(person).hasSize(2);
        assertThat(person.get(0).kind()).isEqualTo("DIBUAT");
        Change edit = person.get(1);
        assertThat(edit.kind()).isEqualTo("DIUBAH");
        assertThat(edit.username()).isEqualTo("sri");
        assertThat(edit.displayName()).isEqualTo("Sri Wahyuni");
        assertThat(field(edit, "alamatJalan")).isEqualTo(new FieldChange("alamatJalan", "Jl. Kramat Raya 12", "Jl. Salemba Tengah 7"));
        assertThat(field(edit, "telepon").newValue()).isEqualTo("+6281234567890");
        assertThat(edit.fields()).extracting(FieldChange::field).doesNotContain("namaKanonik", "version", "updatedAt");

        List<Change> household = audit.history("id.pilar.registry.impl.model.HouseholdEntity", kk.id());
        assertThat(household).extracting(Change::kind).containsExactly("DIBUAT", "DIUBAH");
        assertThat(field(household.get(1), "alamatJalan").oldValue()).isEqualTo("Jl. Kramat Raya 12");
    }

    @Test
    void aMemberShowsWhoChangedWhat() {
        Acting.as("sri", "Sri Wahyuni", Role.OPERATOR);
        MemberServiceImpl members = new MemberServiceImpl(db.transactions());
        Member m = members.create(MemberDraft.basic("3171051505900101", "Andi Saputra", Sex.LAKI_LAKI, LocalDate.of(1990, 5, 15),
                "0812-3456-7890", "31.71.04.1001"));
        Member changed = members.update(m.id(), m.version(), MemberDraft.basic("3171051505900101", "Andi Saputra", Sex.LAKI_LAKI,
                LocalDate.of(1990, 5, 15), "0813-1111-2222", "31.71.04.1001"));

        Acting.as(Role.ADMIN);
        List<Change> history = audit.history("id.pilar.rosters.impl.model.RosterMemberEntity", m.id());
        assertThat(history).extracting(Change::kind).containsExactly("DIBUAT", "DIUBAH");
        Change edit = history.get(1);
        assertThat(edit.displayName()).isEqualTo("Sri Wahyuni");
        assertThat(field(edit, "phone").oldValue()).contains("3456");
        assertThat(field(edit, "phone").newValue()).isEqualTo(changed.phone());
        assertThat(edit.fields()).extracting(FieldChange::field).containsOnly("phone");
    }

    @Test
    void everyRegistryAndRostersEntityIsAudited() {
        Acting.as(Role.SUPERVISOR);
        assertThat(audit.auditedEntities()).contains(
                "id.pilar.registry.impl.model.PersonEntity", "id.pilar.registry.impl.model.HouseholdEntity",
                "id.pilar.registry.impl.model.MembershipEntity", "id.pilar.rosters.impl.model.RosterMemberEntity",
                "id.pilar.rosters.impl.model.RosterMembershipEntity", "id.pilar.rosters.impl.model.RosterCertificateEntity",
                "id.pilar.rosters.impl.model.RosterDutyEntity", "id.pilar.rosters.impl.model.RosterAttendanceEntity",
                "id.pilar.rosters.impl.model.RosterHoursCorrectionEntity", "id.pilar.security.impl.DataRequestRecord");
    }
}
