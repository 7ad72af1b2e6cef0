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
        assertThat(vm.documents).anyMatch(d -> d.startsWith("✘ CV"));

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
        MemberAwardsTab.Content c = MemberAwardsTab.load(member.id(), LocalDate.of(2026, 12, 20));
        assertThat(c.judgements()).extracting(Judgement::typeCode).contains("SLKS", "PST-PSM");
        assertThat(c.judgements()).filteredOn(x -> x.typeCode().equals("SLKS")).allMatch(Judgement::eligible);
    }

    @Test
    void theTileCountsWaitingNominationsAndTheHksnDeadline() throws Exception {
        var content = new AwardsTile().load();
        assertThat(content.headline()).contains("usulan menunggu");
        assertThat(content.lines()).anyMatch(l -> l.startsWith("HKSN"));
    }
}
