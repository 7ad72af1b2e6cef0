package id.pilar.awards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.awards.api.DeclaredFacts;
import id.pilar.awards.api.Eligibility;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.Nominations;
import id.pilar.core.api.identity.Sex;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberRef;
import id.pilar.rosters.api.MemberService;
import id.pilar.rosters.api.MembershipDraft;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationService;
import id.pilar.rosters.api.OrganisationStatus;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The awards window's view model without a toolkit: judge, nominate, step, and refusals shown as messages. */
class AwardsViewModelTest {

    static TestDatabase db;
    static Member member;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        Organisation o = OrganisationService.get().create(new OrganisationDraft("PSM Senen", "PSKS-02", "PSM-VM-1", null, null, null, null,
                "31.71.04.1001", null, OrganisationStatus.AKTIF));
        member = MemberService.get().create(MemberDraft.basic("3171051505900777", "Gita Permata", Sex.PEREMPUAN, LocalDate.of(1990, 5, 15),
                "0812-3456-7890", "31.71.04.1001"));
        MemberService.get().addMembership(new MembershipDraft(member.id(), o.id(), "Anggota", LocalDate.of(2020, 1, 1), null));
        Eligibility.get().recordFacts(new DeclaredFacts(member.id(), "WNI", null, null, false, "KTP-el"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void judgeNominateAndStepThroughTheViewModel() {
        AwardsViewModel vm = new AwardsViewModel(UiExecutor.DIRECT);
        vm.loadTypes();
        assertThat(vm.types).isNotEmpty();
        vm.judge("SLKS", LocalDate.of(2026, 12, 20), null, null, 0, false);
        Judgement j = vm.judgements.stream().filter(x -> x.recipientId().equals(member.id())).findFirst().orElseThrow();
        assertThat(j.eligible()).isTrue();
        assertThat(vm.messageProperty().get()).contains("1 layak");

        vm.nominate(j, LocalDate.of(2026, 12, 20), "", () -> vm.loadBoard(null));
        assertThat(vm.nominations).hasSize(1);
        vm.loadDetail(vm.nominations.get(0));
        assertThat(vm.steps).hasSize(1);
        // the checklist by its names, not the catalogue's codes
        assertThat(vm.documents).contains("✘ Daftar riwayat hidup").noneMatch(d -> d.contains("REKOM_GUBERNUR"));

        // a refused step arrives as a plain sentence, the board is unchanged
        var n = vm.nominations.get(0);
        vm.step(() -> Nominations.get().submit(n.id(), n.version(), null), () -> vm.loadBoard(null));
        assertThat(vm.messageProperty().get()).contains("Daftar riwayat hidup");
        assertThat(Nominations.get().get(n.id()).orElseThrow().state()).isEqualTo(NominationState.DRAFT);
        vm.step(() -> Nominations.get().reject(n.id(), n.version(), "x"), () -> vm.loadBoard(null));
        assertThat(vm.messageProperty().get()).contains("Draf");
    }

    @Test
    void theMemberTabReadsAwardsNominationsAndEligibility() {
        MemberAwardsTab tab = new MemberAwardsTab();
        assertThat(tab.recordType()).isEqualTo(MemberRef.class);
        assertThat(tab.title()).isEqualTo("Penghargaan");
        RecipientAwardsView.Content c = MemberAwardsTab.load(member.id(), LocalDate.of(2026, 12, 20));
        assertThat(c.judgements()).extracting(Judgement::typeCode).contains("SLKS", "PST-PSM");
        assertThat(c.judgements()).filteredOn(x -> x.typeCode().equals("SLKS")).allMatch(Judgement::eligible);
    }

    @Test
    void theFactsFormChecksWhatIsTypedSavesAndRefusesAStaleVersion() {
        Member hadi = MemberService.get().create(MemberDraft.basic("3171051505900778", "Hadi Wibowo", Sex.LAKI_LAKI,
                LocalDate.of(1985, 3, 1), "0812-3456-7891", "31.71.04.1001"));
        DeclaredFactsForm form = new DeclaredFactsForm(UiExecutor.DIRECT, hadi.id());
        form.load(() -> { });
        assertThat(form.message.get()).isEqualTo("Belum ada data yang dicatat untuk anggota ini.");
        assertThat(form.mayEdit()).isTrue();

        // what cannot be saved is said per field, and nothing is written
        form.bloodDonations.set("dua belas");
        form.prisonYears.set("150");
        form.evidence.set(" ");
        form.save(() -> { });
        assertThat(form.errors).containsOnlyKeys(DeclaredFactsForm.Field.BLOOD, DeclaredFactsForm.Field.PRISON,
                DeclaredFactsForm.Field.EVIDENCE);
        assertThat(form.errors.get(DeclaredFactsForm.Field.PRISON)).isEqualTo("Paling banyak 99.");
        assertThat(Eligibility.get().declaredFacts(hadi.id())).isEmpty();

        int[] judged = {0};
        form.citizenship.set("WNI");
        form.bloodDonations.set("120");
        form.prisonYears.set("");
        form.evidence.set("Kartu donor PMI 0042");
        form.save(() -> judged[0]++);
        assertThat(form.errors).isEmpty();
        assertThat(form.message.get()).startsWith("Data tersimpan");
        assertThat(judged[0]).isEqualTo(1);
        DeclaredFacts saved = Eligibility.get().declaredFacts(hadi.id()).orElseThrow();
        assertThat(saved.bloodDonations()).isEqualTo(120);
        assertThat(saved.prisonYears()).isNull();
        assertThat(form.recordId()).isEqualTo(saved.id());

        // 120 donations make him eligible for SLKS without five years of service
        assertThat(MemberAwardsTab.load(hadi.id(), LocalDate.of(2026, 12, 20)).judgements())
                .filteredOn(j -> j.typeCode().equals("SLKS")).singleElement()
                .satisfies(j -> assertThat(j.eligible()).as(j.reason()).isTrue());

        // a second window opened before the save now holds a stale version: its save is refused, nothing changes
        DeclaredFactsForm stale = new DeclaredFactsForm(UiExecutor.DIRECT, hadi.id());
        stale.load(() -> { });
        form.bloodDonations.set("121");
        form.save(() -> { });
        stale.disqualified.set(true);
        stale.save(() -> { });
        assertThat(stale.message.get()).contains("baru saja diubah");
        assertThat(Eligibility.get().declaredFacts(hadi.id()).orElseThrow())
                .satisfies(f -> assertThat(f.bloodDonations()).isEqualTo(121))
                .satisfies(f -> assertThat(f.disqualified()).isFalse());
    }

    @Test
    void theOrganisationTabIsOneForOrganisations() {
        OrganisationAwardsTab tab = new OrganisationAwardsTab();
        assertThat(tab.recordType()).isEqualTo(id.pilar.rosters.api.OrganisationRef.class);
        assertThat(tab.title()).isEqualTo("Penghargaan");
        Organisation lks = OrganisationService.get().create(new OrganisationDraft("LKS Bina Sejahtera", "PSKS-04", "LKS-VM-1", null,
                null, null, null, "31.71.04.1001", null, OrganisationStatus.AKTIF));
        assertThat(RecipientAwardsView.load(id.pilar.awards.api.RecipientKind.ORGANISASI, lks.id(), LocalDate.of(2026, 12, 20))
                .judgements()).extracting(Judgement::typeCode).containsExactly("PST-LKS");
    }

    @Test
    void theTileCountsWaitingNominationsAndTheHksnDeadline() throws Exception {
        var content = new AwardsTile().load();
        assertThat(content.headline()).contains("usulan menunggu");
        assertThat(content.lines()).anyMatch(l -> l.startsWith("HKSN"));
    }
}
