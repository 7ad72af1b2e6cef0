package id.pilar.awards.impl.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.PillarType;
import id.pilar.awards.api.RecipientKind;
import id.pilar.rosters.api.TaganaRank;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule language and the engine at their boundaries: exact years, one day short, gaps, leap days, tiers. */
class RulesEngineTest {

    static final String SLKS = """
            # SLKS
            kewarganegaraan = WNI
            masa_bakti_tahun >= 5 atau donor_darah >= 100
            hukuman_penjara_tahun < 5
            diskualifikasi = tidak
            """;

    static final String TELADAN = """
            jenis_pilar = PSM
            tingkat Pratama: jam_layanan >= 100
            tingkat Madya: jam_layanan >= 250
            tingkat Utama: jam_layanan >= 500
            """;

    static SubjectFacts member(LocalDate serviceStart, LocalDate firstStart, LocalDate lastEnd, long minutes) {
        return new SubjectFacts(RecipientKind.ANGGOTA, "m1", "3171010101800001", "Siti Aminah", "31.71.01.1001", "31.71.01",
                Set.of(PillarType.PSM), serviceStart, firstStart, lastEnd, minutes, 3, null, 1, "WNI", null, null, false, 0, null, 0, false);
    }

    static Evaluator.Verdict slks(SubjectFacts f, LocalDate asOf) {
        return Evaluator.judge(RuleSet.parse(SLKS, RecipientKind.ANGGOTA), f, asOf, "SLKS");
    }

    @Test
    void exactlyFiveYearsOnTheAsOfDateIsEligible() {
        LocalDate start = LocalDate.of(2021, 12, 20);
        Evaluator.Verdict v = slks(member(start, start, null, 0), LocalDate.of(2026, 12, 20));
        assertThat(v.eligible()).isTrue();
        assertThat(v.reason()).contains("masa bakti 5 tahun 0 bulan 0 hari");
    }

    @Test
    void oneDayShortIsNotAndSaysSo() {
        LocalDate start = LocalDate.of(2021, 1, 1);
        Evaluator.Verdict v = slks(member(start, start, null, 0), LocalDate.of(2025, 12, 31));
        assertThat(v.eligible()).isFalse();
        assertThat(v.reason()).startsWith("masa bakti 4 tahun 11 bulan 30 hari; kurang 1 hari untuk SLKS")
                .contains("donor darah belum dicatat");
        assertThat(slks(member(start, start, null, 0), LocalDate.of(2026, 1, 1)).eligible()).isTrue();
    }

    @Test
    void aGapInServiceRestartsTheCount() {
        // 2015-2019 served, a break, then service again since 01/03/2023: only the running period counts
        // (01/12/2026 to 01/03/2028 is 456 days: 2028 is a leap year).
        LocalDate restart = LocalDate.of(2023, 3, 1);
        Evaluator.Verdict v = slks(member(restart, LocalDate.of(2015, 1, 1), null, 0), LocalDate.of(2026, 12, 1));
        assertThat(v.eligible()).isFalse();
        assertThat(v.reason()).contains("masa bakti 3 tahun 9 bulan 0 hari").contains("kurang 456 hari untuk SLKS");
    }

    @Test
    void noRunningServiceNoHistoryAndAnAsOfBeforeTheStartAreNamed() {
        assertThat(slks(member(null, LocalDate.of(2010, 1, 1), LocalDate.of(2019, 6, 30), 0), LocalDate.of(2026, 1, 1)).reason())
                .contains("tidak aktif pada tanggal acuan (masa bakti terakhir berakhir 30/06/2019)");
        assertThat(slks(member(null, null, null, 0), LocalDate.of(2026, 1, 1)).reason()).contains("belum ada riwayat keanggotaan");
        LocalDate start = LocalDate.of(2022, 5, 1);
        assertThat(slks(member(start, start, null, 0), LocalDate.of(2020, 1, 1)).reason())
                .contains("tanggal acuan 01/01/2020 sebelum awal keanggotaan 01/05/2022");
    }

    @Test
    void aLeapDayStartReachesItsYearsOnTheFirstOfMarch() {
        LocalDate start = LocalDate.of(2020, 2, 29);
        assertThat(ServiceTime.anniversary(start, 5)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(ServiceTime.anniversary(start, 4)).isEqualTo(LocalDate.of(2024, 2, 29));
        Evaluator.Verdict before = slks(member(start, start, null, 0), LocalDate.of(2025, 2, 28));
        assertThat(before.eligible()).isFalse();
        assertThat(before.reason()).contains("masa bakti 4 tahun 11 bulan 30 hari; kurang 1 hari untuk SLKS");
        assertThat(slks(member(start, start, null, 0), LocalDate.of(2025, 3, 1)).eligible()).isTrue();
    }

    @Test
    void leapDaysInsideThePeriodCountAsDays() {
        // 01/03/2023 to 29/02/2028 crosses two leap days; five years are complete on 01/03/2028, not a day earlier.
        LocalDate start = LocalDate.of(2023, 3, 1);
        assertThat(ServiceTime.daysShort(start, 5, LocalDate.of(2028, 2, 29))).isEqualTo(1);
        assertThat(ServiceTime.reached(start, 5, LocalDate.of(2028, 3, 1))).isTrue();
        assertThat(ServiceTime.served(start, LocalDate.of(2028, 2, 29)).toString()).isEqualTo("P4Y11M28D");
    }

    @Test
    void bloodDonationsAreAnAlternativeAndPrisonDisqualifies() {
        SubjectFacts donor = new SubjectFacts(RecipientKind.ANGGOTA, "m2", "n", "Budi", null, null, Set.of(), null, null, null, 0, 0, null, 0,
                "WNI", 100, null, false, 0, null, 0, false);
        assertThat(slks(donor, LocalDate.of(2026, 12, 20)).eligible()).isTrue();
        SubjectFacts sentenced = new SubjectFacts(RecipientKind.ANGGOTA, "m3", "n", "Cici", null, null, Set.of(), null, null, null, 0, 0, null, 0,
                "WNI", 150, 5, false, 0, null, 0, false);
        Evaluator.Verdict v = slks(sentenced, LocalDate.of(2026, 12, 20));
        assertThat(v.eligible()).isFalse();
        assertThat(v.reason()).contains("hukuman penjara (tahun) 5; syarat < 5");
        SubjectFacts unknownCitizenship = new SubjectFacts(RecipientKind.ANGGOTA, "m4", "n", "Dodi", null, null, Set.of(), null, null, null, 0, 0,
                null, 0, null, 120, null, false, 0, null, 0, false);
        assertThat(slks(unknownCitizenship, LocalDate.of(2026, 12, 20)).reason()).contains("kewarganegaraan belum dicatat");
    }

    @Test
    void tiersByThresholdsTheHighestMetWins() {
        RuleSet rules = RuleSet.parse(TELADAN, RecipientKind.ANGGOTA);
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        assertThat(Evaluator.judge(rules, member(null, null, null, 99 * 60), asOf, "PST-PSM"))
                .satisfies(v -> assertThat(v.eligible()).isFalse())
                .satisfies(v -> assertThat(v.reason()).isEqualTo("jam layanan 12 bulan terakhir 99 jam; kurang 1 jam untuk PST-PSM tingkat Pratama"));
        assertThat(Evaluator.judge(rules, member(null, null, null, 100 * 60), asOf, "PST-PSM").tier()).isEqualTo("Pratama");
        assertThat(Evaluator.judge(rules, member(null, null, null, 249 * 60 + 59), asOf, "PST-PSM").tier()).isEqualTo("Pratama");
        assertThat(Evaluator.judge(rules, member(null, null, null, 250 * 60), asOf, "PST-PSM").tier()).isEqualTo("Madya");
        assertThat(Evaluator.judge(rules, member(null, null, null, 500 * 60), asOf, "PST-PSM").tier()).isEqualTo("Utama");
    }

    @Test
    void rankAndGapBetweenAwards() {
        RuleSet rules = RuleSet.parse("pangkat_tagana >= MADYA\njeda_penghargaan_tahun >= 2", RecipientKind.ANGGOTA);
        LocalDate asOf = LocalDate.of(2026, 3, 24);
        SubjectFacts madya = new SubjectFacts(RecipientKind.ANGGOTA, "t", "n", "Eko", null, null, Set.of(PillarType.TAGANA), null, null, null,
                0, 0, TaganaRank.MADYA, 0, null, null, null, false, 1, LocalDate.of(2024, 3, 25), 0, false);
        Evaluator.Verdict v = Evaluator.judge(rules, madya, asOf, "TAGANA-HUT");
        assertThat(v.eligible()).isFalse();
        assertThat(v.reason()).contains("penghargaan yang sama terakhir 25/03/2024").contains("kurang 1 hari untuk TAGANA-HUT");
        assertThat(Evaluator.judge(rules, madya, asOf.plusDays(1), "TAGANA-HUT").eligible()).isTrue();
        SubjectFacts muda = new SubjectFacts(RecipientKind.ANGGOTA, "t", "n", "Eko", null, null, Set.of(PillarType.TAGANA), null, null, null,
                0, 0, TaganaRank.MUDA, 0, null, null, null, false, 0, null, 0, false);
        assertThat(Evaluator.judge(rules, muda, asOf, "TAGANA-HUT").reason()).contains("tingkatan Tagana Tagana Muda; syarat >= MADYA");
    }

    @Test
    void aGapOf99YearsSaysOnceNotTensOfThousandsOfDays() {
        RuleSet rules = RuleSet.parse("jeda_penghargaan_tahun >= 99", RecipientKind.ANGGOTA);
        SubjectFacts decorated = new SubjectFacts(RecipientKind.ANGGOTA, "t", "n", "Eko", null, null, Set.of(PillarType.PSM), null, null,
                null, 0, 0, null, 0, null, null, null, false, 1, LocalDate.of(2026, 12, 20), 0, false);
        Evaluator.Verdict v = Evaluator.judge(rules, decorated, LocalDate.of(2026, 12, 20), "SLKS");
        assertThat(v.eligible()).isFalse();
        assertThat(v.reason()).isEqualTo("penghargaan yang sama terakhir 20/12/2026 (0 tahun 0 bulan 0 hari lalu); SLKS dianugerahkan sekali saja");
        SubjectFacts never = new SubjectFacts(RecipientKind.ANGGOTA, "t", "n", "Eko", null, null, Set.of(PillarType.PSM), null, null,
                null, 0, 0, null, 0, null, null, null, false, 0, null, 0, false);
        assertThat(Evaluator.judge(rules, never, LocalDate.of(2026, 12, 20), "SLKS").eligible()).isTrue();
    }

    @Test
    void aRuleNamingAnUnknownFactIsRefused() {
        assertThatThrownBy(() -> RuleSet.parse("masa_bakti_tahun >= 5\numur >= 40", RecipientKind.ANGGOTA))
                .isInstanceOf(AwardsException.class).hasMessageContaining("baris 2").hasMessageContaining("\"umur\" tidak dikenal")
                .satisfies(e -> assertThat(((AwardsException) e).code()).isEqualTo("ERR_RuleUnknownFact"));
        assertThatThrownBy(() -> RuleSet.parse("anggota_aktif >= 5", RecipientKind.ANGGOTA))
                .hasMessageContaining("tidak berlaku untuk jenis penerima ini");
        assertThatThrownBy(() -> RuleSet.parse("masa_bakti_tahun > 5", RecipientKind.ANGGOTA)).hasMessageContaining("pembanding");
        assertThatThrownBy(() -> RuleSet.parse("jenis_pilar = PEMADAM", RecipientKind.ANGGOTA)).hasMessageContaining("nilai \"PEMADAM\"");
        assertThatThrownBy(() -> RuleSet.parse("masa bakti lima tahun", RecipientKind.ANGGOTA)).hasMessageContaining("tidak terbaca");
        assertThatThrownBy(() -> RuleSet.parse("# only a comment", RecipientKind.ANGGOTA)).hasMessageContaining("Aturan kosong");
    }
}
