package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.security.api.Consents.ConsentInfo;
import id.pilar.security.api.DataRequests.Kind;
import id.pilar.security.api.DataRequests.RequestInfo;
import id.pilar.security.api.DataRequests.Status;
import id.pilar.security.api.Role;
import id.pilar.security.api.SecurityRefusedException;
import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import id.pilar.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalDataProtectionTest {

    private TestDatabase db;
    private ConsentsImpl consents;

    /** Stands in for the registry: a person record with a name, and a statistic that must survive. */
    private final List<String> anonymised = new ArrayList<>();
    private final PersonalDataSource registry = new PersonalDataSource() {
        @Override
        public String moduleId() {
            return "registry";
        }

        @Override
        public List<PersonalDataSection> collect(String personId, Connection c) {
            return List.of(new PersonalDataSection("Data penduduk", List.of(Map.of("Nama", "Siti \"Aminah\"", "Kelurahan", "Gambir"))));
        }

        @Override
        public void anonymise(String personId, Connection c) throws SQLException {
            anonymised.add(personId);
        }
    };

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
        consents = new ConsentsImpl(db.transactions());
    }

    @AfterEach
    void close() {
        Fixtures.signOut();
        db.close();
    }

    @Test
    void consentsAreRecordedPerPurposeAndWithdrawalKeepsTheRecord() {
        Fixtures.actAs(Role.OPERATOR);
        ConsentInfo c = consents.record("orang-1", "Penyaluran bansos", LocalDate.of(2026, 3, 1), "Formulir F-12");
        consents.record("orang-1", "Foto untuk laporan", LocalDate.of(2026, 3, 1), "Formulir F-13");
        ConsentInfo w = consents.withdraw(c.id(), LocalDate.of(2026, 4, 1));
        assertThat(w.active()).isFalse();
        assertThat(consents.forPerson("orang-1")).hasSize(2).filteredOn(ConsentInfo::active).hasSize(1);
        assertThatThrownBy(() -> consents.record("orang-1", "", LocalDate.of(2026, 3, 1), "x"))
                .isInstanceOf(SecurityRefusedException.class).hasMessageContaining("wajib diisi");
        assertThatThrownBy(() -> consents.withdraw(c.id(), LocalDate.of(2026, 5, 1))).hasMessageContaining("sudah ditarik");
    }

    @Test
    void erasureNeedsAnotherSupervisorAndAnonymisesEveryModuleInOneTransaction() {
        Fixtures.actAs(Role.OPERATOR);
        consents.record("orang-2", "Penyaluran bansos", LocalDate.of(2026, 3, 1), "Formulir F-77");
        DataRequestsImpl requests = new DataRequestsImpl(db.transactions(), () -> List.of(registry, new SecurityPersonalData()));
        Fixtures.actAs(Role.SUPERVISOR);
        RequestInfo r = requests.file("orang-2", Kind.PENGHAPUSAN, "Permintaan tertulis subjek 2026-05-01");
        assertThatThrownBy(() -> requests.approve(r.id(), "ok")).hasMessageContaining("supervisor lain");
        assertThatThrownBy(() -> requests.file("orang-2", Kind.PENGHAPUSAN, "lagi")).hasMessageContaining("menunggu keputusan");
        assertThat(requests.isRestricted("orang-2")).isFalse();

        SignedIn.set(new SignedIn.Session("s2", "supervisor2", "Supervisor Dua", Role.SUPERVISOR, db.kernel().target()));
        RequestInfo done = requests.approve(r.id(), "Disetujui");

        assertThat(done.status()).isEqualTo(Status.DILAKSANAKAN);
        assertThat(done.decidedBy()).isEqualTo("supervisor2");
        assertThat(anonymised).containsExactly("orang-2");
        assertThat(requests.isRestricted("orang-2")).isTrue();
        List<ConsentInfo> left = consents.forPerson("orang-2");
        assertThat(left).hasSize(1); // the consent still counts in statistics…
        assertThat(left.get(0).evidence()).startsWith("[dihapus"); // …but no longer identifies
        assertThat(left.get(0).purpose()).isEqualTo("Penyaluran bansos");
        assertThatThrownBy(() -> requests.reject(r.id(), "terlambat")).hasMessageContaining("sudah diputuskan");
    }

    @Test
    void aFailingModuleRollsTheWholeErasureBack() {
        Fixtures.actAs(Role.OPERATOR);
        consents.record("orang-3", "Pendataan", LocalDate.of(2026, 3, 1), "Formulir F-3");
        PersonalDataSource broken = new PersonalDataSource() {
            @Override
            public String moduleId() {
                return "rusak";
            }

            @Override
            public List<PersonalDataSection> collect(String personId, Connection c) {
                return List.of();
            }

            @Override
            public void anonymise(String personId, Connection c) throws SQLException {
                throw new SQLException("disk penuh");
            }
        };
        DataRequestsImpl requests = new DataRequestsImpl(db.transactions(), () -> List.of(new SecurityPersonalData(), broken));
        Fixtures.actAs(Role.PEKERJA_SOSIAL);
        RequestInfo r = requests.file("orang-3", Kind.PENGHAPUSAN, "Permintaan lisan dicatat");
        Fixtures.actAs(Role.SUPERVISOR);
        assertThatThrownBy(() -> requests.approve(r.id(), "ok")).isInstanceOf(RuntimeException.class);
        assertThat(consents.forPerson("orang-3").get(0).evidence()).isEqualTo("Formulir F-3");
        assertThat(requests.open()).extracting(RequestInfo::status).containsExactly(Status.DIAJUKAN);
    }

    @Test
    void subjectAccessExportWritesJsonAndPdfWithEveryModulesData() throws Exception {
        Fixtures.actAs(Role.OPERATOR);
        consents.record("orang-4", "Penyaluran bansos", LocalDate.of(2026, 3, 1), "Formulir F-4");
        Fixtures.actAs(Role.SUPERVISOR);
        SubjectAccessImpl subject = new SubjectAccessImpl(db.transactions(), () -> List.of(registry, new SecurityPersonalData()));
        List<Path> files = subject.export("orang-4", db.folder().resolve("ekspor"));

        String json = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(json).contains("\"personId\": \"orang-4\"", "Siti \\\"Aminah\\\"", "Formulir F-4", "Persetujuan (UU PDP)");
        byte[] pdf = Files.readAllBytes(files.get(1));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
        assertThat(new AuditHistoryImpl(db.transactions()).readLog("person", "orang-4"))
                .extracting(e -> e.action()).containsExactly("EKSPOR");
    }

    // With the real registry's demo data: modules/contract, CrossModulePersonalDataTest.
}
