package id.pilar.registry.impl.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateScoreTest {

    private static final String KEL = "31.71.01.1001";
    private static final String OTHER_KEL = "31.71.02.1001";

    private static PersonKey person(String id, String nik, String nama, String sex, String born, String kel, String mother) {
        return PersonKey.of(id, nik, nama, null, sex, born, null, kel, mother);
    }

    private static List<PersonKey> people() {
        List<PersonKey> out = new ArrayList<>();
        String[] names = {"budi santoso", "bdui santoso", "santoso budi", "budi hari santoso", "bayu santoso", "siti aminah"};
        String[] dates = {"1980-05-12", "1980-05-13", "1980-11-02", "1982-07-03", null};
        String[] niks = {null, "3171011205800003", "3171011205800004", "3201011305800002"};
        String[] mothers = {null, "saminah", "rukmini"};
        int i = 0;
        for (String n : names) {
            for (String d : dates) {
                for (String nik : niks) {
                    for (String m : mothers) {
                        out.add(person("p" + i, nik, n, i % 7 == 0 ? "P" : "L", d, i % 5 == 0 ? OTHER_KEL : KEL, m));
                        i++;
                    }
                }
            }
        }
        return out;
    }

    @Test
    void boundedScoreAgreesWithTheScoreAtAndAboveTheBound() {
        List<PersonKey> all = people();
        int queued = 0;
        for (PersonKey a : all) {
            for (PersonKey b : all) {
                int full = DuplicateScore.score(a, b);
                int bounded = DuplicateScore.scoreAtLeast(a, b, DuplicateScore.QUEUE_THRESHOLD);
                if (full >= DuplicateScore.QUEUE_THRESHOLD) {
                    queued++;
                    assertThat(bounded).as("%s / %s", a, b).isEqualTo(full);
                } else {
                    assertThat(bounded).as("%s / %s", a, b).isLessThan(DuplicateScore.QUEUE_THRESHOLD);
                }
                assertThat(DuplicateScore.explain(a, b).score()).isEqualTo(full);
            }
        }
        assertThat(queued).isGreaterThan(all.size());
    }

    @Test
    void datesOneDayApartAcrossMonthsAndWithinOne() {
        assertThat(DuplicateScore.oneDayApart("1980-05-31", "1980-06-01")).isTrue();
        assertThat(DuplicateScore.oneDayApart("1980-12-31", "1981-01-01")).isTrue();
        assertThat(DuplicateScore.oneDayApart("1980-05-09", "1980-05-10")).isTrue();
        assertThat(DuplicateScore.oneDayApart("1980-05-10", "1980-05-12")).isFalse();
        assertThat(DuplicateScore.oneDayApart("1980-05-31", "1980-07-01")).isFalse();
    }

    @Test
    void namesakesOfOneKelurahanAndYearWithoutNikAreNotQueued() {
        // The most common false pair at 1M: one record without NIK, a namesake born the same year.
        PersonKey a = person("a", "3171011205800003", "budi santoso", "L", "1980-05-12", KEL, "saminah");
        PersonKey b = person("b", null, "budi santoso", "L", "1980-09-20", KEL, null);
        assertThat(DuplicateScore.score(a, b)).isLessThan(DuplicateScore.QUEUE_THRESHOLD);
        assertThat(DuplicateScore.explain(a, b).reasons()).contains(Bundle.DUP_TanggalBeda());
        // Born days apart with another first name: no near-date bonus for names that are only similar.
        PersonKey c = person("c", null, "sri wahyuni", "P", "1990-03-04", KEL, "rukmini");
        PersonKey d = person("d", null, "siti wahyuni", "P", "1990-03-05", KEL, "rukmini");
        assertThat(DuplicateScore.score(c, d)).isLessThan(DuplicateScore.QUEUE_THRESHOLD);
        // The same record typed twice, a day off: still queued.
        PersonKey e = person("e", null, "budi santoso", "L", "1980-05-13", KEL, null);
        assertThat(DuplicateScore.score(a, e)).isGreaterThanOrEqualTo(DuplicateScore.QUEUE_THRESHOLD);
    }
}
