package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.DtsenStatus;
import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.MergeField;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.Programme;
import id.pilar.registry.impl.DtsenMatchingImpl;
import id.pilar.registry.impl.DuplicateServiceImpl;
import id.pilar.registry.impl.HouseholdServiceImpl;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingAndMergeTest {

    static TestDatabase db;
    static PersonServiceImpl people;
    static DuplicateServiceImpl duplicates;
    static PersonSearchImpl search;
    static DtsenMatchingImpl matching;
    static HouseholdServiceImpl households;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        people = new PersonServiceImpl(db.transactions());
        duplicates = new DuplicateServiceImpl(db.transactions());
        search = new PersonSearchImpl(db.transactions());
        matching = new DtsenMatchingImpl(db.transactions());
        households = new HouseholdServiceImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void searchFindsSpellingVariantsAnyWordOrderAliasNikKkAndAddress() {
        PersonSummary p = people.create(PersonDraft.named("Mochammad Noer Hidayat").withNik("3171010505800003")
                .withBirth(Sex.LAKI_LAKI, "Jakarta", LocalDate.of(1980, 5, 5)).withAliases(List.of("Pak Dayat"))
                .withAddress("Jl. Kramat Sentiong 7", "1", "2", "31.71.01.1001"), false);
        households.create("3171010101200002", "Jl. Kramat Sentiong 7", "1", "2", "31.71.01.1001", p.id(), LocalDate.of(2020, 1, 1));
        people.create(PersonDraft.named("Siti Hidayati"), false);
        for (String q : List.of("muhamad hid", "Hidayat Muhammad", "MOH NUR", "hidayat mochammad noer", "dayat", "3171010505",
                "3171010101200002", "kramat sent", p.nomorRegistri())) {
            assertThat(search.search(q, 20)).as(q).extracting(PersonSummary::id).contains(p.id());
        }
        assertThat(search.search("Mohamad Hidayati", 20)).extracting(PersonSummary::id).doesNotContain(p.id());
        assertThat(search.search("sitti", 20)).extracting(PersonSummary::nama).containsExactly("Siti Hidayati");
        assertThat(search.search("Hïdâyat", 20)).hasSize(2);
    }

    @Test
    void duplicateCheckBeforeSavingScanAndReversibleMerge() {
        PersonSummary a = people.create(PersonDraft.named("Rahmat Hidayatullah").withBirth(Sex.LAKI_LAKI, "Bogor", LocalDate.of(1971, 3, 9))
                .withAddress("Jl. Pasar Baru 1", "3", "4", "31.71.01.1002").withMother("Saminah").withContact("081234567890", null, null), false);
        PersonDraft twin = PersonDraft.named("Rachmat Hidayatulah").withBirth(Sex.LAKI_LAKI, "Bogor", LocalDate.of(1971, 3, 9))
                .withAddress("Jl. Ps. Baru", "3", "4", "31.71.01.1002").withMother("Saminah").withNik("3201010903710005");
        List<DuplicateCandidate> before = duplicates.candidatesFor(twin, 5);
        assertThat(before).first().satisfies(c -> {
            assertThat(c.b().id()).isEqualTo(a.id());
            assertThat(c.skor()).isGreaterThanOrEqualTo(75);
            assertThat(c.alasan()).contains("tanggal lahir sama", "kelurahan sama");
        });
        PersonSummary b = people.create(twin, false);
        people.create(PersonDraft.named("Rahmawati").withBirth(Sex.PEREMPUAN, null, LocalDate.of(1971, 3, 9)), false);

        assertThat(duplicates.scan(() -> false).pairs()).isGreaterThanOrEqualTo(1);
        List<DuplicateCandidate> queue = duplicates.openReviews(10);
        assertThat(queue).anySatisfy(c -> assertThat(List.of(c.a().id(), c.b().id())).containsExactlyInAnyOrder(a.id(), b.id()));
        assertThat(queue).noneSatisfy(c -> assertThat(c.a().nama() + c.b().nama()).contains("Rahmawati"));
        long open = duplicates.openReviewCount();

        String merge = duplicates.merge(a.id(), b.id(), Map.of(MergeField.NIK, 'B', MergeField.ALAMAT, 'A'));
        PersonDetail survivor = people.find(a.id()).orElseThrow();
        PersonDetail merged = people.find(b.id()).orElseThrow();
        assertThat(survivor.draft().nik()).isEqualTo("3201010903710005");
        assertThat(survivor.draft().alamatJalan()).isEqualTo("Jl. Pasar Baru 1");
        assertThat(merged.summary().status()).isEqualTo("GANDA");
        assertThat(merged.digabungKe()).isEqualTo(a.id());
        assertThat(duplicates.openReviewCount()).isEqualTo(open - 1);
        assertThat(search.search("3201010903710005", 5)).extracting(PersonSummary::id).first().isEqualTo(a.id());

        duplicates.unmerge(merge);
        assertThat(people.find(a.id()).orElseThrow().draft().nik()).isNull();
        assertThat(people.find(b.id()).orElseThrow().summary().status()).isEqualTo("AKTIF");
        assertThat(people.find(b.id()).orElseThrow().digabungKe()).isNull();
        assertThat(duplicates.openReviewCount()).isEqualTo(open);
    }

    @Test
    void dtsenStatusByNikByKkNameAndDateAndFuzzyConfirmation(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("dtsen.csv");
        Files.writeString(csv, DtsenImportTest.HEADER + "\n"
                + "M1,3171010101200009,3171014512800004,Dewi Lestari,1980-12-05,Jakarta,P,Sri,1,Jl. A,1,1,Gambir,Gambir,3,1,0,1\n"
                + "M2,3171010101200009,,Joko Susilo,1978-01-02,Jakarta,L,Ina,1,Jl. A,1,1,Gambir,Gambir,2,0,1,1\n"
                + "M3,3171010101200010,,Bambang Pamungkas,1975-07-07,Jakarta,L,Ani,1,Jl. B,1,1,Gambir,Gambir,7,0,0,0\n");
        new DtsenImportImpl(db.transactions()).importFile(csv, null, null, null, () -> false);

        PersonSummary dewi = people.create(PersonDraft.named("Dewi Lestari").withNik("3171014512800004")
                .withBirth(Sex.PEREMPUAN, null, LocalDate.of(1980, 12, 5)), false);
        DtsenStatus s = matching.status(dewi.id());
        assertThat(s.registered()).isTrue();
        assertThat(s.match()).isEqualTo("NIK");
        assertThat(s.desil()).isEqualTo(3);
        assertThat(s.pkh()).isTrue();
        assertThat(s.pbiJk()).isTrue();
        assertThat(s.eligible()).containsExactly(Programme.PKH, Programme.SEMBAKO, Programme.PBI_JK);

        PersonSummary joko = people.create(PersonDraft.named("Joko Susilo").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1978, 1, 2)), false);
        households.create("3171010101200009", "Jl. A", "1", "1", "31.71.01.1001", joko.id(), LocalDate.of(2020, 1, 1));
        assertThat(matching.status(joko.id()).match()).isEqualTo("KK_NAMA_TANGGAL");

        PersonSummary bambang = people.create(PersonDraft.named("Bambang Pamungkas S").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1975, 7, 7)), false);
        DtsenStatus fuzzy = matching.status(bambang.id());
        assertThat(fuzzy.registered()).isFalse();
        assertThat(fuzzy.candidates()).first().satisfies(c -> assertThat(c.iddtks()).isEqualTo("M3"));
        DtsenStatus confirmed = matching.confirm(bambang.id(), "M3");
        assertThat(confirmed.registered()).isTrue();
        assertThat(confirmed.match()).isEqualTo("DIKONFIRMASI");
        assertThat(confirmed.eligible()).isEmpty();
        assertThat(matching.latestImport().baru()).isEqualTo(3);
    }
}
