package id.pilar.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.HouseholdService;
import id.pilar.registry.ui.HistoryView;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberService;
import id.pilar.rosters.ui.MemberHistoryView;
import id.pilar.security.api.AuditHistory;
import id.pilar.security.api.Role;
import id.pilar.security.impl.Acting;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.spi.RecordHistory.Target;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Riwayat tab's model with the real services (no toolkit: UiExecutor.DIRECT): the person's
 * window offers the person and their KK, the member's window the member; lines name the account
 * by display name, the time as dd/MM/yyyy in Jakarta, the field and old → new; an Operator reads
 * the refusal sentence.
 */
class RecordHistoryModelTest {

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        Acting.accountsChanged();
        new id.pilar.security.impl.UserAccountsImpl(db.transactions())
                .create("sri", "Sri Wahyuni", Role.OPERATOR, "kata-sandi-sri-01".toCharArray());
        Acting.accountsChanged();
    }

    @AfterAll
    static void close() {
        Acting.signOut();
        db.close();
    }

    private static void as(String user, String name, Role role) {
        Acting.as(user, name, role);
    }

    @Test
    void personWindowShowsThePersonAndTheirHouseholdWithWhoAndWhat() {
        as("sri", "Sri Wahyuni", Role.OPERATOR);
        PersonSummary p = PersonService.get().create(PersonDraft.named("Rina Marlina").withNik("3171015505800003")
                .withBirth(Sex.PEREMPUAN, "Bogor", LocalDate.of(1980, 5, 15)).withAddress("Jl. Paseban 4", "2", "1", "31.71.01.1001"), true);
        PersonDetail d = PersonService.get().find(p.id()).orElseThrow();
        PersonService.get().update(p.id(), d.version(), d.draft().withAddress("Jl. Paseban 9", "2", "1", "31.71.01.1001"), true);
        HouseholdSummary kk = HouseholdService.get().create("3171010101090077", "Jl. Paseban 4", "2", "1", "31.71.01.1001", p.id(),
                LocalDate.of(2026, 1, 5));

        RecordHistoryModel refused = new RecordHistoryModel(AuditHistory.get(), UiExecutor.DIRECT);
        refused.load(() -> HistoryView.targets(p.ref()));
        assertThat(refused.message().get()).startsWith("Riwayat perubahan hanya dapat dilihat oleh Supervisor dan Admin");
        assertThat(refused.lines()).isEmpty();

        as("spv", "Supervisor Satu", Role.SUPERVISOR);
        RecordHistoryModel vm = new RecordHistoryModel(AuditHistory.get(), UiExecutor.DIRECT);
        vm.load(() -> HistoryView.targets(p.ref()));
        assertThat(vm.targets()).extracting(Target::label)
                .containsExactly("Data penduduk — Rina Marlina", "Keluarga (KK 3171010101090077)");
        assertThat(vm.message().get()).isEqualTo("2 perubahan tercatat.");
        RecordHistoryModel.Line newest = vm.lines().get(0);
        assertThat(newest.who()).isEqualTo("Sri Wahyuni");
        assertThat(newest.kind()).isEqualTo("Diubah");
        assertThat(newest.field()).isEqualTo("alamat jalan");
        assertThat(newest.oldValue()).isEqualTo("Jl. Paseban 4");
        assertThat(newest.newValue()).isEqualTo("Jl. Paseban 9");
        assertThat(newest.when()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}[.:]\\d{2}");

        vm.show(vm.targets().get(1));
        assertThat(vm.lines()).extracting(RecordHistoryModel.Line::field).contains("nomor kk");
        assertThat(vm.lines()).allSatisfy(l -> assertThat(l.kind()).isEqualTo("Dibuat"));
        assertThat(kk.id()).isEqualTo(vm.targets().get(1).id());
    }

    @Test
    void memberWindowShowsTheMembersChanges() {
        as("sri", "Sri Wahyuni", Role.OPERATOR);
        Member m = MemberService.get().create(MemberDraft.basic("3171051505900222", "Joko Susilo", Sex.LAKI_LAKI,
                LocalDate.of(1990, 5, 15), "0812-3456-0000", "31.71.04.1001"));
        MemberService.get().update(m.id(), m.version(), MemberDraft.basic("3171051505900222", "Joko Susilo Wibowo", Sex.LAKI_LAKI,
                LocalDate.of(1990, 5, 15), "0812-3456-0000", "31.71.04.1001"));
        as("adm", "Admin Kantor", Role.ADMIN);
        RecordHistoryModel vm = new RecordHistoryModel(AuditHistory.get(), UiExecutor.DIRECT);
        vm.load(() -> MemberHistoryView.targets(m.ref()));
        assertThat(vm.targets().get(0).label()).isEqualTo("Data anggota — Joko Susilo");
        RecordHistoryModel.Line newest = vm.lines().get(0);
        assertThat(newest).isEqualTo(new RecordHistoryModel.Line(newest.when(), "Sri Wahyuni", "Diubah", "full name",
                "Joko Susilo", "Joko Susilo Wibowo"));
    }
}
