package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.spi.PersonFinder;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.HouseholdServiceImpl;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.registry.impl.RegistryPersonFinder;
import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 11 item 6: ↓ Enter opens the person typed, not a near-duplicate sorted before it. */
class SearchRankingTest {

    static TestDatabase db;
    static PersonServiceImpl people;
    static PersonSearchImpl search;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        people = new PersonServiceImpl(db.transactions());
        search = new PersonSearchImpl(db.transactions());
        HouseholdServiceImpl households = new HouseholdServiceImpl(db.transactions());
        // Alphabetical order would put each near-duplicate first.
        for (String n : List.of("Stefanoes Sitoemorang", "Stefanus Situmorang Hutapea", "Stefanus Situmorang", "Acep Cecep", "Cecep Acep",
                "Cecep Acepudin")) {
            people.create(PersonDraft.named(n), true);
        }
        people.create(PersonDraft.named("Nik Panjang").withNik("3171010505800012"), true);
        people.create(PersonDraft.named("Nik Persis").withNik("3171010505800011"), true);
        people.create(PersonDraft.named("Awal Nik").withNik("3171020808850001"), true);
        PersonSummary viaKk = people.create(PersonDraft.named("Anggota Kk").withNik("3175010707900001"), true);
        households.create("3171020101200001", "Jl. Tanah Tinggi 3", "1", "2", "31.71.01.1001", viaKk.id(), LocalDate.of(2020, 1, 1));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> names(String q) {
        return search.search(q, 20).stream().map(PersonSummary::nama).toList();
    }

    @Test
    void exactNameFirstThenPrefixThenSpellingVariants() {
        assertThat(names("stefanus situmorang")).containsExactly("Stefanus Situmorang", "Stefanus Situmorang Hutapea",
                "Stefanoes Sitoemorang");
        assertThat(names("Stefanus Sit")).startsWith("Stefanus Situmorang", "Stefanus Situmorang Hutapea").endsWith("Stefanoes Sitoemorang");
        assertThat(names("stefanoes")).first().isEqualTo("Stefanoes Sitoemorang");
    }

    @Test
    void wordsInTheTypedOrderBeforeTheSameWordsSwapped() {
        assertThat(names("cecep acep")).containsExactly("Cecep Acep", "Cecep Acepudin", "Acep Cecep");
        assertThat(names("acep cecep")).first().isEqualTo("Acep Cecep");
    }

    @Test
    void exactNikFirstAndAKkMatchSaysWhichKk() {
        assertThat(names("3171010505800011")).containsExactly("Nik Persis");
        assertThat(names("31710105058000")).containsExactly("Nik Panjang", "Nik Persis");

        List<PersonSummary> partial = search.search("317102", 20);
        assertThat(partial).extracting(PersonSummary::nama).containsExactly("Awal Nik", "Anggota Kk");
        assertThat(partial.get(0).nomorKk()).isNull();
        assertThat(partial.get(1).nomorKk()).endsWith("0001").hasSize(16);
    }

    @Test
    void otherModulesShowAPersonKnownOnlyByIdAsTheSearchDoes() {
        RegistryPersonFinder finder = new RegistryPersonFinder(search, people);
        PersonFinder.Found found = finder.find("3171010505800011", 5).get(0);

        assertThat(finder.describe(found.id())).contains(found.label());
        assertThat(found.label()).startsWith("Nik Persis — ");
        assertThat(finder.describe("no-such-person")).isEmpty();
    }
}
