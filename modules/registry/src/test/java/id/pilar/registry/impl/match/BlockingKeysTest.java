package id.pilar.registry.impl.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

    private static final String KEL = "31.71.01.1001";

    private static PersonKey person(String id, String nik, String nama, String sex, String born, String kel, String mother) {
        return PersonKey.of(id, nik, nama, null, sex, born, null, kel, mother);
    }

    private static List<String> pairs(List<PersonKey> group) {
        List<String> out = new ArrayList<>();
        KelurahanBlocks.compare(group, (a, b) -> out.add(a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id()));
        return out;
    }

    @Test
    void letterSetSurvivesDoubledAndSwappedLetters() {
        assertThat(BlockingKeys.letterSet("budi")).isEqualTo("bdiu");
        assertThat(BlockingKeys.letterSet("buddi")).isEqualTo("bdiu");
        assertThat(BlockingKeys.letterSet("bdui")).isEqualTo("bdiu");
        assertThat(BlockingKeys.letterSet("bayu")).isNotEqualTo("bdiu");
    }

    @Test
    void wordKeysAreFirstAndLastWordWithSex() {
        PersonKey p = person("a", null, "budi hari santoso", "L", "1980-05-12", KEL, null);
        assertThat(BlockingKeys.word(p, false)).isEqualTo("L|bdiu");
        assertThat(BlockingKeys.word(p, true)).isEqualTo("L|anost");
        assertThat(BlockingKeys.word(person("b", null, "sukarni", "P", null, KEL, null), true)).isNull();
        assertThat(BlockingKeys.nikRegionDate(person("c", "3171011205800003", "x", "L", null, KEL, null))).isEqualTo("317101120580");
        assertThat(BlockingKeys.mother(person("d", null, "x", "P", null, KEL, " saminah "))).isEqualTo("P|saminah");
    }

    @Test
    void pairWithOtherFirstWordAndOtherBirthDateIsComparedAndQueued() {
        // A second clerk swapped two letters of the first name and typed the day one off: the
        // birth-date block and the first-name block both miss this pair.
        PersonKey original = person("a", "3171011205800003", "budi santoso", "L", "1980-05-12", KEL, "saminah");
        PersonKey second = person("b", null, "bdui santoso", "L", "1980-05-13", KEL, null);
        PersonKey swapped = person("c", null, "santoso budi", "L", "1980-05-13", KEL, null);
        assertThat(DuplicateScan.nameBlock(original)).isNotEqualTo(DuplicateScan.nameBlock(second));
        assertThat(pairs(List.of(original, second, swapped))).contains("a|b", "a|c");
        assertThat(DuplicateScore.score(original, second)).isGreaterThanOrEqualTo(DuplicateScore.QUEUE_THRESHOLD);
        assertThat(DuplicateScore.score(original, swapped)).isGreaterThanOrEqualTo(DuplicateScore.QUEUE_THRESHOLD);
        assertThat(DuplicateScore.explain(original, second).reasons()).contains(Bundle.DUP_TanggalDekat());
    }

    @Test
    void droppedMiddleNameWithOtherBirthDateIsQueued() {
        PersonKey original = person("a", null, "siti nur aminah", "P", "1975-03-28", KEL, null);
        PersonKey second = person("b", null, "siti aminah", "P", "1975-03-27", KEL, null);
        assertThat(pairs(List.of(original, second))).contains("a|b");
        assertThat(DuplicateScore.score(original, second)).isGreaterThanOrEqualTo(DuplicateScore.QUEUE_THRESHOLD);
    }

    @Test
    void differentPeopleWithSimilarNamesAreNotQueued() {
        // Brothers: same family name, first names one letter apart, born two years apart, own NIKs.
        PersonKey budi = person("a", "3171011205800003", "budi santoso", "L", "1980-05-12", KEL, "saminah");
        PersonKey bud = person("b", "3171010307820001", "bud santoso", "L", "1982-07-03", KEL, "saminah");
        assertThat(DuplicateScore.score(budi, bud)).isLessThan(DuplicateScore.QUEUE_THRESHOLD);
        // Namesakes born a day apart, each with a NIK of their own (other region): two people.
        PersonKey other = person("c", "3201011305800002", "budi santoso", "L", "1980-05-13", KEL, "rukmini");
        assertThat(pairs(List.of(budi, other))).contains("a|c");
        assertThat(DuplicateScore.score(budi, other)).isLessThan(DuplicateScore.QUEUE_THRESHOLD);
        // Same family name and year, other first name: blocked together, scored apart.
        PersonKey bayu = person("d", null, "bayu santoso", "L", "1980-11-02", KEL, null);
        assertThat(DuplicateScore.score(budi, bayu)).isLessThan(DuplicateScore.QUEUE_THRESHOLD);
    }

    @Test
    void blocksOfOtherSexOrFarBirthYearsAreNotCompared() {
        PersonKey a = person("a", null, "budi santoso", "L", "1980-05-12", KEL, null);
        PersonKey b = person("b", null, "bdui santoso", "P", "1980-05-13", KEL, null);
        PersonKey c = person("c", null, "bdui santoso", "L", "1983-05-13", KEL, null);
        assertThat(pairs(List.of(a, b, c))).doesNotContain("a|b", "a|c");
    }

    @Test
    void typingSlipsOfAName() {
        assertThat(DuplicateScore.oneSlip("adi rusli", "adi rsuli")).isTrue();
        assertThat(DuplicateScore.oneSlip("adi rusli", "adi russli")).isTrue();
        assertThat(DuplicateScore.oneSlip("adi rusli", "adi rusl")).isTrue();
        assertThat(DuplicateScore.oneSlip("adi rusli", "ari rusli")).isFalse();
        assertThat(DuplicateScore.oneSlip("adi rusli", "adi rusli")).isFalse();
        assertThat(DuplicateScore.wordsWithin("siti aminah", "siti nur aminah")).isTrue();
        assertThat(DuplicateScore.wordsWithin("siti amin", "siti nur aminah")).isFalse();
        assertThat(DuplicateScore.oneDayApart("1980-05-19", "1980-05-20")).isTrue();
        assertThat(DuplicateScore.oneDayApart("1980-05-19", "1980-05-21")).isFalse();
    }
}
