package id.pilar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.ReferralService;
import id.pilar.cases.api.ReferralService.Institution;
import id.pilar.cases.api.ReferralService.InstitutionKind;
import id.pilar.core.api.identity.Sex;
import id.pilar.intake.api.OutreachService;
import id.pilar.intake.api.OutreachService.FoundDraft;
import id.pilar.intake.api.OutreachService.FoundPerson;
import id.pilar.intake.api.OutreachService.Operation;
import id.pilar.intake.api.OutreachService.OperationDraft;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An outreach night with five people found: matched, registered, a case each, placed in a shelter. */
class OutreachTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void fivePeopleFoundBecomeRegistryPersonsAndCasesAndArePlaced() {
        String known = PersonService.get().create(PersonDraft.named("Slamet Riyadi"), true).id();
        Institution shelter = ReferralService.get().saveInstitution(new Institution(null, "Panti Sosial Bina Insan Kedoya",
                InstitutionKind.PANTI_SOSIAL, null, null, 10, 0));
        OperationDraft d = new OperationDraft(TODAY, "21:00", "23:30", List.of("hs-stasiun-pasar-senen", "hs-pasar-senen"),
                List.of("Tagana Budi", "Sakti Peksos Rina"), "Mobil Dinsos B 1234 XYZ", "Penjangkauan malam");
        Operation op = OutreachService.get().record(d);
        assertThat(op.titik()).containsExactly("Pasar Senen", "Stasiun Pasar Senen");
        assertThatThrownBy(() -> OutreachService.get().record(d)).hasMessageContaining("sudah dicatat");

        FoundDraft slamet = new FoundDraft("Slamet Riyadi", Sex.LAKI_LAKI, 55, "PPKS-11", null, "Sehat, tidur di peron", null, null, null, shelter.id());
        assertThat(OutreachService.get().matches(slamet)).isNotEmpty();
        List<FoundDraft> people = List.of(
                new FoundDraft(slamet.nama(), slamet.jenisKelamin(), 55, "PPKS-11", null, slamet.kondisi(), null, null, known, shelter.id()),
                new FoundDraft("Mak Ijah", Sex.PEREMPUAN, 70, "PPKS-08", null, "Lemah, perlu pemeriksaan", null, null, null, shelter.id()),
                new FoundDraft("Ucok", Sex.LAKI_LAKI, 12, "PPKS-04", null, null, null, null, null, shelter.id()),
                new FoundDraft("Tini", Sex.PEREMPUAN, 30, "PPKS-12", null, "Membawa bayi", null, null, null, shelter.id()),
                new FoundDraft("Bang Jali", Sex.LAKI_LAKI, 40, "PPKS-13", null, null, null, null, null, null));
        for (FoundDraft f : people) {
            FoundPerson p = OutreachService.get().addFound(op.id(), f);
            assertThat(p.caseId()).isNotNull();
            assertThat(CaseService.get().find(p.caseId())).isPresent();
        }
        List<FoundPerson> found = OutreachService.get().found(op.id());
        assertThat(found).hasSize(5);
        assertThat(found.get(0).personId()).as("matched, not registered twice").isEqualTo(known);
        assertThat(found).filteredOn(p -> p.referralId() != null).hasSize(4);
        assertThat(OutreachService.get().list(10)).filteredOn(o -> o.id().equals(op.id())).extracting(Operation::ditemukan).containsExactly(5);
        assertThat(ReferralService.get().forCase(found.get(1).caseId())).extractingResultOf("lembaga").containsExactly("Panti Sosial Bina Insan Kedoya");
    }

    @Test
    void aFullInstitutionIsRefusedBeforeAnythingIsWritten() {
        Institution full = ReferralService.get().saveInstitution(new Institution(null, "Panti Penuh", InstitutionKind.PANTI_SOSIAL, null, null, 0, 0));
        Operation op = OutreachService.get().record(new OperationDraft(TODAY, "08:00", "10:00", List.of("hs-monas"), List.of(), null, null));
        long before = PersonService.get().countActive();
        assertThatThrownBy(() -> OutreachService.get().addFound(op.id(),
                new FoundDraft("Pak Darto", Sex.LAKI_LAKI, 60, "PPKS-11", null, null, null, null, null, full.id())))
                .hasMessageContaining("tidak punya kapasitas kosong");
        assertThat(PersonService.get().countActive()).isEqualTo(before);
    }

    /**
     * One unit of work: the database itself refuses the case (then the placement) as a disk or
     * constraint error would, after the registry person and the photo were written in the same
     * save; nothing of the save may remain.
     */
    @Test
    void aFailureInTheCaseOrReferralStepLeavesNoRegistryPersonBehind() {
        Institution shelter = ReferralService.get().saveInstitution(new Institution(null, "Rumah Singgah Pasar Baru",
                InstitutionKind.PANTI_SOSIAL, null, null, 5, 0));
        Operation op = OutreachService.get().record(new OperationDraft(TODAY, "13:00", "14:30", List.of("hs-pasar-baru"), List.of(), null, null));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        FoundDraft kardi = new FoundDraft("Pak Kardi Santoso", Sex.LAKI_LAKI, 58, "PPKS-11", null, "Tidur di halte", png, "image/png", null, shelter.id());
        List<String> tables = List.of("reg_person", "reg_person_foto", "case_file", "case_client", "case_referral", "intake_found_person",
                "security_revision");
        for (String table : List.of("case_file", "case_referral")) {
            List<Long> before = counts(tables);
            db.transactions().jdbc(c -> c.createStatement().executeUpdate("CREATE TRIGGER refuse_" + table + " BEFORE INSERT ON " + table
                    + " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"));
            try {
                assertThatThrownBy(() -> OutreachService.get().addFound(op.id(), kardi)).isInstanceOf(RuntimeException.class);
            } finally {
                db.transactions().jdbc(c -> c.createStatement().executeUpdate("DROP TRIGGER refuse_" + table));
            }
            assertThat(counts(tables)).as("nothing left after a failing " + table + " step").isEqualTo(before);
        }
        assertThat(OutreachService.get().found(op.id())).isEmpty();

        FoundPerson saved = OutreachService.get().addFound(op.id(), kardi);
        assertThat(OutreachService.get().found(op.id())).extracting(FoundPerson::personId).containsExactly(saved.personId());
        assertThat(PersonService.get().photo(saved.personId())).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
        assertThat(saved.lembaga()).isEqualTo("Rumah Singgah Pasar Baru");
    }

    private static List<Long> counts(List<String> tables) {
        return db.transactions().query(c -> {
            List<Long> out = new java.util.ArrayList<>();
            for (String t : tables) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
