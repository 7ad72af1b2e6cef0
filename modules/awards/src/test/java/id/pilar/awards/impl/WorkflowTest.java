package id.pilar.awards.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.pilar.awards.api.AwardType;
import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.Ceremony;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.api.DeclaredFacts;
import id.pilar.awards.api.EligibilityFilter;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.NominationDraft;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.NominationStep;
import id.pilar.awards.api.RecipientKind;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.Organisation;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SLKS route end to end on a real database, the refusals on the way, the gap rule and the certificate. */
class WorkflowTest {

    static final LocalDate HKSN = LocalDate.of(2026, 12, 20);
    static TestDatabase db;
    static CatalogueImpl catalogue;
    static EligibilityImpl eligibility;
    static NominationsImpl nominations;
    static AwardRecordsImpl records;
    static Organisation psm;
    static Organisation tagana;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        catalogue = new CatalogueImpl(db.transactions());
        eligibility = new EligibilityImpl(db.transactions(), null);
        nominations = new NominationsImpl(db.transactions(), eligibility);
        records = new AwardRecordsImpl(db.transactions());
        psm = Fixture.organisation("PSM Kelurahan Senen", "PSKS-02", "PSM-SNN-01");
        tagana = Fixture.organisation("Tagana Jakarta Pusat", "PSKS-03", "TGN-JP-01");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Member wni(String name, LocalDate from) {
        Member m = Fixture.member(name, psm, from, null);
        eligibility.recordFacts(new DeclaredFacts(m.id(), "WNI", null, null, false, "KTP-el"));
        return m;
    }

    @Test
    void theCatalogueShipsTheAwardsTheIssueNames() {
        List<String> codes = catalogue.list().stream().map(AwardType::code).toList();
        assertThat(codes).contains("SLKS", "PST-PSM", "PST-TKSK", "PST-KT", "PST-TAGANA", "PST-LKS", "TAGANA-HUT", "WALIKOTA", "LOKAL");
        AwardType slks = catalogue.byCode("SLKS").orElseThrow();
        assertThat(slks.route()).hasSize(4).last().asString().contains("Keputusan Presiden");
        assertThat(slks.ceremonyDay()).isEqualTo(MonthDay.of(12, 20));
        assertThat(slks.documents()).extracting(d -> d.code()).containsExactly("CV", "FOTO", "REKOM_GUBERNUR");
        assertThat(catalogue.byCode("TAGANA-HUT").orElseThrow().ceremonyDay()).isEqualTo(MonthDay.of(3, 24));
        assertThat(catalogue.byCode("PST-LKS").orElseThrow().recipientKind()).isEqualTo(RecipientKind.ORGANISASI);
        // every shipped rule text parses
        catalogue.list().forEach(t -> catalogue.checkRules(t.rules(), t.recipientKind()));
    }

    @Test
    void aRuleWithAnUnknownFactIsRefusedWhenSavedAndNothingChanges() {
        AwardType lokal = catalogue.byCode("LOKAL").orElseThrow();
        AwardType bad = new AwardType(lokal.id(), lokal.version(), lokal.code(), "Nama baru", lokal.recipientKind(), "umur >= 40",
                lokal.route(), null, null, 1, 30, true, null, lokal.documents());
        assertThatThrownBy(() -> catalogue.save(bad)).isInstanceOf(AwardsException.class).hasMessageContaining("\"umur\" tidak dikenal");
        assertThat(catalogue.byCode("LOKAL").orElseThrow().name()).isEqualTo(lokal.name());
    }

    @Test
    void theSlksRouteEndToEnd() throws Exception {
        Member ani = wni("Ani Rahmawati", LocalDate.of(2021, 12, 20));
        Member budi = wni("Budi Santoso", LocalDate.of(2021, 12, 21));

        List<Judgement> list = eligibility.judgeAll("SLKS", HKSN, EligibilityFilter.ALL);
        Judgement a = list.stream().filter(j -> j.recipientId().equals(ani.id())).findFirst().orElseThrow();
        Judgement b = list.stream().filter(j -> j.recipientId().equals(budi.id())).findFirst().orElseThrow();
        assertThat(a.eligible()).as(a.reason()).isTrue();
        assertThat(b.eligible()).isFalse();
        assertThat(b.reason()).contains("masa bakti 4 tahun 11 bulan 29 hari; kurang 1 hari untuk SLKS");
        assertThat(eligibility.judgeAll("SLKS", HKSN, new EligibilityFilter(null, null, 1, true)))
                .extracting(Judgement::recipientId).contains(ani.id(), budi.id());
        assertThat(eligibility.judgeAll("SLKS", HKSN, new EligibilityFilter(null, null, 1, true)).stream()
                .filter(j -> j.recipientId().equals(budi.id())).findFirst().orElseThrow().soonEligible()).isTrue();

        // not eligible: a written justification is required, and the nomination stays flagged
        assertThatThrownBy(() -> nominations.create(new NominationDraft("SLKS", budi.id(), HKSN, " ")))
                .isInstanceOf(AwardsException.class).hasMessageContaining("kurang 1 hari");
        Nomination flagged = nominations.create(new NominationDraft("SLKS", budi.id(), HKSN, "Berjasa luar biasa saat banjir 2025"));
        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged.justification()).contains("banjir");

        Nomination n = nominations.create(new NominationDraft("SLKS", ani.id(), HKSN, null));
        assertThat(n.state()).isEqualTo(NominationState.DRAFT);
        assertThat(n.flagged()).isFalse();
        assertThatThrownBy(() -> nominations.create(new NominationDraft("SLKS", ani.id(), HKSN, null)))
                .hasMessageContaining("masih berjalan");

        // documents: the step is blocked with the list of what is missing; content is checked
        Nomination draft = n;
        assertThatThrownBy(() -> nominations.submit(draft.id(), draft.version(), null))
                .hasMessageContaining("Daftar riwayat hidup").hasMessageContaining("Pas foto 4×6 latar merah");
        assertThat(nominations.missingFor(n.id(), NominationState.DIUSULKAN)).hasSize(2);
        assertThatThrownBy(() -> nominations.attach(draft.id(), "CV", "cv.pdf", "bukan pdf".getBytes()))
                .hasMessageContaining("bukan PDF");
        assertThatThrownBy(() -> nominations.attach(draft.id(), "FOTO", "foto.jpg", Fixture.pdf())).hasMessageContaining("bukan gambar");
        nominations.attach(n.id(), "CV", "/home/x/cv-ani.pdf", Fixture.pdf());
        nominations.attach(n.id(), "FOTO", "foto.jpg", Fixture.jpeg());
        assertThat(nominations.attachments(n.id())).extracting(x -> x.fileName()).containsExactly("cv-ani.pdf", "foto.jpg");
        assertThat(nominations.attachmentContent(nominations.attachments(n.id()).get(1).id())).isEqualTo(Fixture.jpeg());

        n = nominations.submit(n.id(), n.version(), "Usulan kelurahan Senen");
        // two users at once: the second works on the version it saw and is refused; nothing changes
        Nomination stale = n;
        n = nominations.verify(n.id(), n.version(), "Berkas lengkap");
        int stepsBefore = nominations.steps(n.id()).size();
        assertThatThrownBy(() -> nominations.verify(stale.id(), stale.version(), null)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> nominations.reject(stale.id(), stale.version(), "x")).isInstanceOf(ConcurrentChangeException.class);
        assertThat(nominations.steps(n.id())).hasSize(stepsBefore);
        assertThat(nominations.get(n.id()).orElseThrow().state()).isEqualTo(NominationState.DIVERIFIKASI);

        Nomination v = n;
        assertThatThrownBy(() -> nominations.approve(v.id(), v.version(), "Keppres 1/TK/2026", HKSN, null))
                .hasMessageContaining("tingkat terakhir");
        assertThatThrownBy(() -> nominations.forward(v.id(), v.version(), null)).hasMessageContaining("Surat rekomendasi Gubernur");
        nominations.attach(n.id(), "REKOM_GUBERNUR", "rekom.pdf", Fixture.pdf());
        n = nominations.forward(n.id(), n.version(), "ke Dinas Sosial Provinsi");
        assertThat(n.levelName()).isEqualTo("Dinas Sosial Provinsi DKI Jakarta");
        n = nominations.forward(n.id(), n.version(), "ke Kemensos");
        n = nominations.forward(n.id(), n.version(), "ke Sekretariat Militer Presiden");
        assertThat(n.lastLevel()).isTrue();
        Nomination last = n;
        assertThatThrownBy(() -> nominations.forward(last.id(), last.version(), null)).hasMessageContaining("tingkat terakhir");
        assertThatThrownBy(() -> nominations.approve(last.id(), last.version(), " ", HKSN, null)).hasMessageContaining("Nomor keputusan");
        n = nominations.approve(n.id(), n.version(), "Keppres 12/TK/2026", LocalDate.of(2026, 12, 10), null);
        assertThat(n.state()).isEqualTo(NominationState.DISETUJUI);

        Ceremony hksn = records.createCeremony("Peringatan HKSN 2026", HKSN, "Balai Kota Jakarta Pusat", "Wali Kota Jakarta Pusat");
        Nomination approved = n;
        assertThatThrownBy(() -> nominations.confer(approved.id(), approved.version(), hksn.id(), "", "")).hasMessageContaining("penanda tangan");
        ConferredAward award = nominations.confer(n.id(), n.version(), hksn.id(), "Dr. H. Arifin", "Wali Kota Administrasi Jakarta Pusat");
        assertThat(award.serialNumber()).isEqualTo("PLR/SLKS/2026/0001");
        // SLKS has one grade: the catalogue (V4) refuses it a second time, whatever the year.
        assertThatThrownBy(() -> nominations.create(new NominationDraft("SLKS", ani.id(), HKSN.plusYears(10), null)))
                .isInstanceOf(AwardsException.class).hasMessageContaining("penghargaan yang sama terakhir 20/12/2026");
        assertThatThrownBy(() -> nominations.create(new NominationDraft("SLKS", ani.id(), HKSN.plusYears(10), "tetap diusulkan")))
                .isInstanceOf(AwardsException.class).hasMessageContaining("jeda minimal 99 tahun");
        assertThat(award.decisionNumber()).isEqualTo("Keppres 12/TK/2026");
        assertThat(nominations.get(n.id()).orElseThrow().state()).isEqualTo(NominationState.DIANUGERAHKAN);
        assertThat(records.atCeremony(hksn.id())).extracting(ConferredAward::name).containsExactly("Ani Rahmawati");
        assertThat(records.ceremonies()).filteredOn(c -> c.id().equals(hksn.id())).extracting(Ceremony::awards).containsExactly(1);

        List<NominationStep> steps = nominations.steps(n.id());
        assertThat(steps).extracting(NominationStep::to).containsExactly(NominationState.DRAFT, NominationState.DIUSULKAN,
                NominationState.DIVERIFIKASI, NominationState.DITERUSKAN, NominationState.DITERUSKAN, NominationState.DITERUSKAN,
                NominationState.DISETUJUI, NominationState.DIANUGERAHKAN);
        assertThat(steps).allSatisfy(st -> {
            assertThat(st.actor()).isNotBlank();
            assertThat(st.at()).isNotNull();
        });
        assertThat(steps.get(5).levelName()).isEqualTo("Keputusan Presiden RI");

        // the certificate: the original, then a copy with the same number marked SALINAN
        Path dir = db.folder();
        assertThat(records.printCertificate(award.serialNumber(), dir.resolve("asli.pdf"))).isFalse();
        assertThat(records.printCertificate(award.serialNumber(), dir.resolve("salinan.pdf"))).isTrue();
        String original = text(dir.resolve("asli.pdf"));
        String copy = text(dir.resolve("salinan.pdf"));
        assertThat(original).contains("PIAGAM PENGHARGAAN", "PLR/SLKS/2026/0001", "Ani Rahmawati", "Satyalancana Kebaktian Sosial",
                "Keppres 12/TK/2026", "Dr. H. Arifin", "20 Desember 2026").doesNotContain("SALINAN").doesNotContain("Salinan ke-");
        assertThat(copy).contains("PLR/SLKS/2026/0001", "Salinan ke-1");
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".part") || p.toString().endsWith(".tmp")).toList()).isEmpty();
        assertThat(records.byNumber(award.serialNumber()).orElseThrow().printCount()).isEqualTo(2);
        assertThatThrownBy(() -> records.printCertificate("PLR/SLKS/1999/0009", dir.resolve("x.pdf"))).hasMessageContaining("Tidak ada");
    }

    static String text(Path pdf) throws Exception {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }

    @Test
    void theSameAwardWithinItsMinimumGapIsRefused() {
        Member citra = wni("Citra Lestari", LocalDate.of(2019, 1, 1));
        AwardType uji = catalogue.save(new AwardType(null, 0, "UJI-JEDA", "Penghargaan Uji", RecipientKind.ANGGOTA, "masa_bakti_tahun >= 1",
                List.of("Suku Dinas Sosial"), null, null, 2, 0, true, null, List.of()));
        Nomination n = nominations.create(new NominationDraft(uji.code(), citra.id(), HKSN, null));
        n = nominations.submit(n.id(), n.version(), null);
        n = nominations.verify(n.id(), n.version(), null);
        n = nominations.approve(n.id(), n.version(), "SK Kasudin 5/2026", HKSN, null);
        Ceremony c = records.createCeremony("Apel Pilar Sosial", HKSN, "Kantor Sudinsos", "Kepala Suku Dinas Sosial");
        nominations.confer(n.id(), n.version(), c.id(), "Kepala Suku Dinas", "Kepala Suku Dinas Sosial");

        assertThatThrownBy(() -> nominations.create(new NominationDraft(uji.code(), citra.id(), LocalDate.of(2028, 12, 19), "tetap")))
                .isInstanceOf(AwardsException.class).hasMessageContaining("jeda minimal 2 tahun, paling cepat 20/12/2028");
        Judgement j = eligibility.judge(uji.code(), citra.id(), LocalDate.of(2028, 12, 19));
        assertThat(j.eligible()).isFalse();
        assertThat(j.reason()).contains("penghargaan yang sama terakhir 20/12/2026").contains("kurang 1 hari");
        assertThat(eligibility.judge(uji.code(), citra.id(), LocalDate.of(2028, 12, 20)).eligible()).isTrue();
        assertThat(nominations.create(new NominationDraft(uji.code(), citra.id(), LocalDate.of(2028, 12, 20), null)).flagged()).isFalse();
    }

    @Test
    void aMemberWithoutRosterHistoryAndADateBeforeTheStartAreExplained() {
        Member dedi = Fixture.member("Dedi Kurniawan", psm, null, null);
        assertThat(eligibility.judge("SLKS", dedi.id(), HKSN).reason()).contains("belum ada riwayat keanggotaan");
        Member eka = wni("Eka Putri", LocalDate.of(2024, 6, 1));
        assertThat(eligibility.judge("SLKS", eka.id(), LocalDate.of(2023, 1, 1)).reason())
                .contains("tanggal acuan 01/01/2023 sebelum awal keanggotaan 01/06/2024");
        assertThatThrownBy(() -> eligibility.judge("TIDAK-ADA", eka.id(), HKSN)).hasMessageContaining("tidak ada di katalog");
    }

    @Test
    void overlappingMembershipsInTwoOrganisationsMergeIntoOneService() {
        Member fajar = Fixture.member("Fajar Nugroho", psm, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 6, 30));
        id.pilar.rosters.api.MemberService.get().addMembership(new id.pilar.rosters.api.MembershipDraft(fajar.id(), tagana.id(), "Anggota",
                LocalDate.of(2022, 1, 1), null));
        eligibility.recordFacts(new DeclaredFacts(fajar.id(), "WNI", null, null, false, "KTP-el"));
        Judgement j = eligibility.judge("SLKS", fajar.id(), HKSN);
        assertThat(j.eligible()).as(j.reason()).isTrue();
        assertThat(j.reason()).contains("masa bakti 8 tahun 11 bulan 19 hari");
        assertThat(j.pillarTypes()).extracting(Enum::name).containsExactly("TAGANA");
    }

    @Test
    void everyTypeAtOnceJudgesAsEachTypeAlone() {
        Member gita = wni("Gita Lestari", LocalDate.of(2020, 2, 29));
        var every = eligibility.judgeEveryType(HKSN);
        assertThat(every.keySet()).contains("SLKS", "PST-PSM", "PST-LKS", "TAGANA-HUT");
        every.forEach((code, list) -> {
            List<Judgement> alone = eligibility.judgeAll(code, HKSN, EligibilityFilter.ALL);
            assertThat(list).hasSameSizeAs(alone);
            for (int i = 0; i < list.size(); i++) {
                Judgement a = list.get(i);
                Judgement b = alone.get(i);
                assertThat(List.of(a.recipientId(), a.eligible(), String.valueOf(a.tier()), a.reason()))
                        .as(code).isEqualTo(List.of(b.recipientId(), b.eligible(), String.valueOf(b.tier()), b.reason()));
            }
        });
        assertThat(every.get("SLKS")).filteredOn(j -> j.recipientId().equals(gita.id())).singleElement()
                .satisfies(j -> assertThat(j.reason()).contains("masa bakti 6 tahun 9 bulan 19 hari"));
    }

    @Test
    void recordedFactsKeepTheirHistoryAndRefuseAStaleOrImplausibleSave() {
        Member hana = Fixture.member("Hana Pertiwi", psm, LocalDate.of(2015, 1, 1), null);
        DeclaredFacts first = eligibility.recordFacts(new DeclaredFacts(hana.id(), "WNI", 10, null, false, "KTP-el"));
        DeclaredFacts second = eligibility.recordFacts(new DeclaredFacts(hana.id(), "WNI", 12, null, false, "Kartu donor PMI",
                first.id(), first.version()));
        assertThat(second.version()).isGreaterThan(first.version());
        // a save over the version read before someone else's: refused, nothing written
        assertThatThrownBy(() -> eligibility.recordFacts(new DeclaredFacts(hana.id(), "WNI", 99, 7, false, "x", first.id(),
                first.version()))).isInstanceOf(ConcurrentChangeException.class);
        // a first save while another user has recorded facts meanwhile: refused as well
        assertThatThrownBy(() -> eligibility.recordFacts(new DeclaredFacts(hana.id(), "WNA", null, null, false, "x")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> eligibility.recordFacts(new DeclaredFacts(hana.id(), "WNI", 501, null, false, "x", second.id(),
                second.version()))).isInstanceOf(AwardsException.class).hasMessageContaining("paling banyak 500");
        assertThat(eligibility.declaredFacts(hana.id()).orElseThrow().bloodDonations()).isEqualTo(12);
        // every save is a revision of the audited record
        int revisions = db.transactions().query(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM awd_member_record_aud WHERE id = ?")) {
                ps.setString(1, first.id());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        assertThat(revisions).isEqualTo(2);
    }
}
