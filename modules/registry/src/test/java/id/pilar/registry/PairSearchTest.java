package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.NameIndex;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.testkit.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 3: two-word queries read the pair index (registry V7); they find the same people
 * the word index did: every word a prefix, in any order, in canonical spelling, of a name, an
 * alias or the street; and words the pairs cannot answer (short, digits, the same start) still work.
 */
class PairSearchTest {

    static TestDatabase db;
    static PersonServiceImpl people;
    static PersonSearchImpl search;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        people = new PersonServiceImpl(db.transactions());
        search = new PersonSearchImpl(db.transactions());
        people.create(PersonDraft.named("Siti Rahmawati").withAddress("Gg. Kenari No. 12", "1", "2", "31.71.01.1001"), true);
        people.create(PersonDraft.named("Rahayu Siti Aminah"), true);
        people.create(PersonDraft.named("Siti Romlah"), true); // "sit" and "r…" but not "rah"
        people.create(PersonDraft.named("Rahmat Hidayat").withAddress("Jl. Pasar Baru No. 7", null, null, "31.71.01.1001"), true);
        people.create(PersonDraft.named("Mochammad Ali"), true);
        people.create(PersonDraft.named("Ad Sitompul"), true);
        people.create(PersonDraft.named("Budi Santoso").withAliases(List.of("Kang Jaenudin")), true);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Set<String> names(String q) {
        return new TreeSet<>(search.search(q, 20).stream().map(PersonSummary::nama).toList());
    }

    @Test
    void everyWordAPrefixInAnyOrder() {
        assertThat(names("siti rah")).containsExactlyInAnyOrder("Siti Rahmawati", "Rahayu Siti Aminah");
        assertThat(names("rah siti")).isEqualTo(names("siti rah"));
        assertThat(names("siti rahm")).containsExactly("Siti Rahmawati");
        assertThat(names("sitx rah")).isEmpty(); // the pair 'rah|sit' exists, the fourth letter does not match
        assertThat(names("siti rah ami")).containsExactly("Rahayu Siti Aminah"); // a third word checked on the row
    }

    @Test
    void spellingVariantsMeet() {
        assertThat(names("sitti rahma")).containsExactly("Siti Rahmawati");
        assertThat(names("muhamad ali")).containsExactly("Mochammad Ali");
        assertThat(names("ali mochammad")).containsExactly("Mochammad Ali");
    }

    @Test
    void streetAndAliasWordsPairWithNameWords() {
        assertThat(names("siti kenari")).containsExactly("Siti Rahmawati");
        assertThat(names("pasar hid")).containsExactly("Rahmat Hidayat");
        assertThat(names("pasar baru")).containsExactly("Rahmat Hidayat"); // two street words
        assertThat(names("budi jaenu")).containsExactly("Budi Santoso");
    }

    @Test
    void wordsThePairsCannotAnswerUseTheWordIndex() {
        assertThat(names("siti ra")).containsExactlyInAnyOrder("Siti Rahmawati", "Rahayu Siti Aminah"); // two letters
        assertThat(names("ro siti")).containsExactly("Siti Romlah");
        assertThat(names("ad sito")).containsExactly("Ad Sitompul"); // a two-letter name word
        assertThat(names("siti 12")).containsExactly("Siti Rahmawati"); // a house number
        assertThat(names("rahm rah")).containsExactly("Rahmat Hidayat", "Siti Rahmawati"); // one word matches both
        assertThat(names("rahm rahayu")).isEmpty(); // the same start, two different words asked
    }

    @Test
    void anEditMovesThePairs() {
        PersonSummary p = people.create(PersonDraft.named("Yulianti Pratiwi"), true);
        assertThat(names("yuli prat")).containsExactly("Yulianti Pratiwi");
        int version = people.find(p.id()).orElseThrow().version();
        people.update(p.id(), version, PersonDraft.named("Yulianti Kusuma"), true);
        assertThat(names("yuli prat")).isEmpty();
        assertThat(names("kusu yuli")).containsExactly("Yulianti Kusuma");
        assertThat(pairsMismatches(db)).isEmpty();
    }

    @Test
    void keysAreSortedStartsOfDistinctWordsThatTakePart() {
        assertThat(NameIndex.pairs(List.of("siti", "rahmawati", "sitompul", "gg", "12", "kenari")))
                .containsExactly("ken|rah", "ken|sit", "rah|sit");
        assertThat(NameIndex.pairKey("siti", "rah")).isEqualTo(NameIndex.pairKey("rahmat", "sitt")).isEqualTo("rah|sit");
    }

    /**
     * Every person's pair rows against their word rows: the keys {@link NameIndex#pairs} makes of
     * the words, with the same {@code kata}. Empty when the two indexes agree.
     */
    static List<String> pairsMismatches(TestDatabase d) {
        Map<String, List<String>> words = new HashMap<>();
        Map<String, String> kata = new HashMap<>();
        Map<String, Set<String>> pairs = new TreeMap<>();
        d.transactions().jdbc(c -> {
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT person_id, token, kata FROM reg_person_token")) {
                    while (rs.next()) {
                        words.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                        kata.put(rs.getString(1), rs.getString(3));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT person_id, pair, kata FROM reg_person_pair")) {
                    while (rs.next()) {
                        pairs.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                        if (!rs.getString(3).equals(kata.get(rs.getString(1)))) {
                            pairs.get(rs.getString(1)).add("kata differs");
                        }
                    }
                }
            }
            return null;
        });
        List<String> out = new ArrayList<>();
        Set<String> ids = new TreeSet<>(words.keySet());
        ids.addAll(pairs.keySet());
        for (String id : ids) {
            Set<String> want = new TreeSet<>(NameIndex.pairs(words.getOrDefault(id, List.of())));
            Set<String> have = pairs.getOrDefault(id, Set.of());
            if (!want.equals(have)) {
                out.add(id + ": want " + want + ", have " + have);
            }
        }
        return out;
    }

    static long count(TestDatabase d, String sql) {
        return d.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
