package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.PersonBulkRegistry.How;
import id.pilar.registry.api.PersonBulkRegistry.Match;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.PersonBulkRegistryImpl;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.testkit.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bulk find-or-register of imports: NIK first, then a sure duplicate, else one new record; all or nothing. */
class PersonBulkRegistryTest {

    static TestDatabase db;
    static PersonServiceImpl people;
    static PersonBulkRegistryImpl bulk;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        people = new PersonServiceImpl(db.transactions());
        bulk = new PersonBulkRegistryImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void findsByNikThenBySureDuplicateElseRegistersOnce() {
        PersonSummary withNik = people.create(PersonDraft.named("Agus Salim").withNik("3171010101800011")
                .withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1980, 1, 1)), true);
        PersonSummary noNik = people.create(PersonDraft.named("Wati Suryani").withBirth(Sex.PEREMPUAN, null, LocalDate.of(1975, 5, 6))
                .withAddress(null, null, null, "31.71.01.1001"), true);
        long before = people.countActive();

        List<Match> m = bulk.findOrRegister(List.of(
                PersonDraft.named("Agus S.").withNik("3171010101800011"), // same NIK, other spelling: the registered person
                PersonDraft.named("Wati Suryani").withBirth(Sex.PEREMPUAN, null, LocalDate.of(1975, 5, 6))
                        .withAddress(null, null, null, "31.71.01.1001"), // no NIK, same name, birth date and kelurahan
                PersonDraft.named("Wati Suryani").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1975, 5, 6)), // other sex: not sure
                PersonDraft.named("Joko Baru").withNik("3171010202900022").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1990, 2, 2)),
                PersonDraft.named("Joko Baru").withNik("3171010202900022"), // twice in one list: one record
                PersonDraft.named("Tanpa Dokumen"),
                PersonDraft.named(" ")), () -> false);

        assertThat(m).extracting(Match::how).containsExactly(How.NIK, How.DUPLICATE, How.REGISTERED, How.REGISTERED, How.REGISTERED,
                How.REGISTERED, How.REFUSED);
        assertThat(m.get(0).personId()).isEqualTo(withNik.id());
        assertThat(m.get(0).nomorRegistri()).isEqualTo(withNik.nomorRegistri());
        assertThat(m.get(1).personId()).isEqualTo(noNik.id());
        assertThat(m.get(2).personId()).isNotEqualTo(noNik.id());
        assertThat(m.get(4).personId()).isEqualTo(m.get(3).personId());
        assertThat(m.get(3).nomorRegistri()).startsWith("REG-").isEqualTo(m.get(4).nomorRegistri());
        assertThat(m.get(6).errors()).extracting(p -> p.code()).contains("NAMA_KOSONG");
        assertThat(people.countActive()).isEqualTo(before + 3);

        // Registered like the form does it: findable by NIK and name, with NIK history and change history.
        assertThat(people.find(m.get(3).personId())).hasValueSatisfying(d -> {
            assertThat(d.summary().nama()).isEqualTo("Joko Baru");
            assertThat(d.nikHistory()).hasSize(1);
        });
        assertThat(new PersonSearchImpl(db.transactions()).search("joko baru", 5)).extracting(PersonSummary::id).contains(m.get(3).personId());
        assertThat(PairSearchTest.pairsMismatches(db)).isEmpty(); // "joko baru" above came through the pairs
        assertThat(count("SELECT count(*) FROM reg_person_aud WHERE id = '" + m.get(5).personId() + "' AND revtype = 0")).isEqualTo(1);

        // The same list again finds everyone and registers no one.
        List<Match> again = bulk.findOrRegister(List.of(PersonDraft.named("Joko Baru").withNik("3171010202900022"),
                PersonDraft.named("Wati Suryani").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1975, 5, 6))), () -> false);
        assertThat(again).extracting(Match::how).containsExactly(How.NIK, How.DUPLICATE);
        assertThat(people.countActive()).isEqualTo(before + 3);
    }

    @Test
    void aCancelledRunLeavesNoOneBehind() {
        long before = people.countActive();
        int[] polls = {0};
        assertThatThrownBy(() -> bulk.findOrRegister(List.of(PersonDraft.named("Batal Satu"), PersonDraft.named("Batal Dua")),
                () -> ++polls[0] > 3)).isInstanceOf(CancellationException.class);
        assertThat(people.countActive()).isEqualTo(before);
    }

    private static long count(String sql) {
        return db.transactions().query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
