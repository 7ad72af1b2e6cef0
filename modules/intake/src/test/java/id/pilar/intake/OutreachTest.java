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
}
