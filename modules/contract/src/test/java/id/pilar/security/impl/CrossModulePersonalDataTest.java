package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.Sex;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MembershipDraft;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationStatus;
import id.pilar.rosters.impl.MemberServiceImpl;
import id.pilar.rosters.impl.OrganisationServiceImpl;
import id.pilar.security.api.DataRequests.Kind;
import id.pilar.security.api.DataRequests.RequestInfo;
import id.pilar.security.api.Role;
import id.pilar.testkit.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/** UU PDP requests across the real modules: registry, rosters and security together. */
class CrossModulePersonalDataTest {

    private TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
    }

    @AfterEach
    void close() {
        Acting.signOut();
        db.close();
    }

    private static Collection<? extends PersonalDataSource> sources() {
        return Lookup.getDefault().lookupAll(PersonalDataSource.class);
    }

    /** A volunteer who is also in the registry under the same NIK, in Tagana since 2015. */
    private record Volunteer(String personId, Member member) {
    }

    private Volunteer volunteer() {
        Acting.as(Role.OPERATOR);
        PersonSummary p = new PersonServiceImpl(db.transactions()).create(PersonDraft.named("Dewi Lestari").withNik("3171055505900007")
                .withBirth(Sex.PEREMPUAN, "Jakarta", LocalDate.of(1990, 5, 15)).withAddress("Jl. Kwitang 3", "1", "2", "31.71.04.1001"), true);
        OrganisationServiceImpl orgs = new OrganisationServiceImpl(db.transactions());
        Organisation tagana = orgs.create(new OrganisationDraft("Tagana Jakarta Pusat", "PSKS-03", "TGN-JP-001", "SK 12/2024",
                LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), "Jl. Kramat Raya 1", "31.71.04.1001", "H. Ahmad",
                OrganisationStatus.AKTIF));
        MemberServiceImpl members = new MemberServiceImpl(db.transactions());
        Member m = members.create(MemberDraft.basic("3171055505900007", "Dewi Lestari", Sex.PEREMPUAN, LocalDate.of(1990, 5, 15),
                "0812-7777-1234", "31.71.04.1001"));
        members.addMembership(new MembershipDraft(m.id(), tagana.id(), "Anggota", LocalDate.of(2015, 1, 1), null));
        return new Volunteer(p.id(), m);
    }

    @Test
    void subjectAccessForAVolunteerListsTheirRosterData() {
        Volunteer v = volunteer();
        Acting.as(Role.SUPERVISOR);
        SubjectAccessImpl subject = new SubjectAccessImpl(db.transactions(), CrossModulePersonalDataTest::sources);
        List<PersonalDataSection> sections = subject.collect(v.personId());
        assertThat(sections).extracting(PersonalDataSection::title)
                .contains("Registri: data pribadi", "Pilar sosial: data anggota", "Pilar sosial: keanggotaan organisasi");
        Map<String, String> member = sections.stream().filter(s -> s.title().equals("Pilar sosial: data anggota"))
                .findFirst().orElseThrow().records().get(0);
        assertThat(member).containsEntry("NIK", "3171055505900007").containsEntry("Nama", "Dewi Lestari")
                .containsEntry("Telepon", v.member().phone());
        // A volunteer not in the registry is found by the member's own id.
        assertThat(subject.collect(v.member().id())).extracting(PersonalDataSection::title).contains("Pilar sosial: data anggota");
    }

    @Test
    void erasureRemovesTheVolunteersIdentityAndKeepsTheirServiceForStatistics() throws Exception {
        Volunteer v = volunteer();
        DataRequestsImpl requests = new DataRequestsImpl(db.transactions(), CrossModulePersonalDataTest::sources);
        Acting.as(Role.SUPERVISOR);
        RequestInfo r = requests.file(v.personId(), Kind.PENGHAPUSAN, "Permintaan tertulis subjek");
        Acting.as("supervisor2", "Supervisor Dua", Role.SUPERVISOR);
        requests.approve(r.id(), "Disetujui");

        List<String> row = db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT nik, full_name, phone, birth_date, sex, kelurahan_kode, "
                            + "(SELECT count(*) FROM ros_membership WHERE member_id = ros_member.id) FROM ros_member")) {
                rs.next();
                List<String> out = new ArrayList<>();
                for (int i = 1; i <= 7; i++) {
                    out.add(rs.getString(i));
                }
                return out;
            }
        });
        assertThat(row).containsExactly("dihapus-" + v.member().id(), "[dihapus]", null, null, "P", "31.71.04.1001", "1");
        String history = db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT group_concat(coalesce(nik, '') || ' ' || coalesce(full_name, '') || ' ' || coalesce(phone, '')) FROM ros_member_aud")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(history).doesNotContain("3171055505900007", "Dewi", "7777");
        String registryHistory = db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT group_concat(coalesce(nik, '') || ' ' || coalesce(nama, '') || ' ' || coalesce(alamat_jalan, '')) FROM reg_person_aud")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(registryHistory).doesNotContain("3171055505900007", "Dewi", "Kwitang");
    }

    @Test
    void demoDataGivesConsentsToRegistryPeopleAndLeavesTwoOpenRequests() throws Exception {
        // Moved from the security module: it needs the real registry's demo data.
        Acting.as(Role.ADMIN);
        DemoDataContext ctx = new DemoDataContext(7L, 40, DemoDataContext.Progress.NONE);
        for (DemoDataContributor c : Lookup.getDefault().lookupAll(DemoDataContributor.class)) {
            if (c.moduleId().equals("registry")) {
                c.generate(ctx);
            }
        }
        List<String> people = db.transactions().jdbc(c -> {
            List<String> ids = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM reg_person ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
        assertThat(people).hasSizeGreaterThanOrEqualTo(40);
        new SecurityDemoData().generate(ctx);
        Acting.as(Role.SUPERVISOR);
        ConsentsImpl consents = new ConsentsImpl(db.transactions());
        int withConsent = 0;
        for (String id : people) {
            withConsent += consents.forPerson(id).size();
        }
        assertThat(withConsent).isBetween(10, people.size());
        assertThat(new DataRequestsImpl(db.transactions(), List::of).open()).hasSize(2);
    }

    /** The facts recorded for judging awards are listed, and erasure clears them. */
    @Test
    void awardFactsAreListedAndErased() {
        Volunteer v = volunteer();
        db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO awd_member_record (id, version, created_at, created_by, updated_at, updated_by, member_id, "
                        + "citizenship, blood_donations, prison_years, disqualified, evidence) VALUES ('r1', 0, '2026-01-01T00:00:00Z', 'uji', "
                        + "'2026-01-01T00:00:00Z', 'uji', '" + v.member().id() + "', 'WNI', 120, 0, 0, 'Kartu donor PMI')");
            }
            return null;
        });
        Acting.as(Role.SUPERVISOR);
        List<PersonalDataSection> sections = new SubjectAccessImpl(db.transactions(), CrossModulePersonalDataTest::sources).collect(v.personId());
        Map<String, String> facts = sections.stream().filter(s -> s.title().equals("Penghargaan: data penilaian kelayakan"))
                .findFirst().orElseThrow().records().get(0);
        assertThat(facts).containsEntry("Kewarganegaraan", "WNI").containsEntry("Donor darah", "120");
        String left = db.transactions().jdbc(c -> {
            new id.pilar.awards.impl.pdp.AwardsPersonalData().anonymise(v.personId(), c);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT citizenship, evidence FROM awd_member_record")) {
                rs.next();
                return rs.getString(1) + "/" + rs.getString(2);
            }
        });
        assertThat(left).isEqualTo("null/null");
    }
}
