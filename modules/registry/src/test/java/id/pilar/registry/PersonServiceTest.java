package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.CategoryPeriod;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryValidationException;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PersonServiceTest {

    static TestDatabase db;
    static PersonServiceImpl people;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        people = new PersonServiceImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static PersonDraft budi() {
        return PersonDraft.named("Budi Santoso").withNik("3171011708450001")
                .withBirth(Sex.LAKI_LAKI, "Jakarta", LocalDate.of(1945, 8, 17))
                .withAddress("Jl. Kramat Raya 12", "3", "5", "31.71.01.1001");
    }

    @Test
    void thePhotoIsSavedWithThePersonOrNotAtAll() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        PersonSummary saved = people.create(PersonDraft.named("Foto Bersama").withNik("3171011708450091")
                .withBirth(Sex.LAKI_LAKI, "Jakarta", LocalDate.of(1945, 8, 17)), true,
                new id.pilar.registry.api.PersonPhoto("image/jpeg", jpeg));
        assertThat(people.photo(saved.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(jpeg));

        // A photo the database refuses (no type) takes the person with it: nothing half-saved.
        long before = people.countActive();
        assertThatThrownBy(() -> people.create(PersonDraft.named("Foto Gagal").withNik("3171011708450092")
                .withBirth(Sex.LAKI_LAKI, "Jakarta", LocalDate.of(1945, 8, 17)), true,
                new id.pilar.registry.api.PersonPhoto(null, jpeg))).isInstanceOf(RuntimeException.class);
        assertThat(people.countActive()).isEqualTo(before);

        // An edit refused by the version check leaves the old photo.
        assertThatThrownBy(() -> people.update(saved.id(), -1, PersonDraft.named("Foto Bersama"), true,
                new id.pilar.registry.api.PersonPhoto("image/png", new byte[] {9}))).isInstanceOf(RuntimeException.class);
        assertThat(people.photo(saved.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(jpeg));
    }

    @Test
    void publishedVectorsBehave() {
        assertThat(codes(PersonDraft.named("A").withNik("3171011708450001").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1945, 8, 17)))).isEmpty();
        assertThat(codes(PersonDraft.named("A").withNik("3171015708450001").withBirth(Sex.PEREMPUAN, null, LocalDate.of(1945, 8, 17)))).isEmpty();
        assertThat(codes(PersonDraft.named("A").withNik("9971011708450001"))).contains("NIK_PROVINSI");
        assertThat(codes(PersonDraft.named("A").withNik("3171013002001234"))).contains("NIK_TANGGAL");
        assertThat(codes(PersonDraft.named("A").withNik("3171012902001234").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(2000, 2, 29)))).isEmpty();
    }

    @Test
    void nikThatDisagreesWithBirthDateOrSexIsAWarningTheUserMustConfirm() {
        PersonDraft d = PersonDraft.named("Siti Aminah").withNik("3171015708450002")
                .withBirth(Sex.LAKI_LAKI, "Jakarta", LocalDate.of(1946, 8, 17)).homeless("Kolong Jembatan Senen");
        assertThat(codes(d)).containsExactlyInAnyOrder("NIK_BEDA_TANGGAL", "NIK_BEDA_JK");
        assertThatThrownBy(() -> people.create(d, false)).isInstanceOfSatisfying(RegistryValidationException.class,
                e -> assertThat(e.onlyWarnings()).isTrue());
        PersonSummary saved = people.create(d, true);
        assertThat(saved.nomorRegistri()).matches("REG-\\d{4}-\\d{6}");
    }

    @Test
    void errorsBlockEvenWhenConfirmed() {
        assertThatThrownBy(() -> people.create(PersonDraft.named(" ").withNik("9971011708450001"), true))
                .isInstanceOfSatisfying(RegistryValidationException.class, e -> assertThat(e.problems())
                        .extracting(IdentityProblem::code).contains("NAMA_KOSONG", "NIK_PROVINSI"));
        assertThatThrownBy(() -> people.create(PersonDraft.named("X").withAddress("Jl", "1", "2", "99.99"), true))
                .isInstanceOf(RegistryValidationException.class);
    }

    @Test
    void personWithoutDocumentsGetsRegistryNumberAndLaterReconciliationKeepsHistory() {
        PersonSummary p = people.create(PersonDraft.named("Mbah Darmo").withEstimatedBirthYear(1950).homeless("Stasiun Senen")
                .withCategories(List.of(new CategoryPeriod("PPKS-11", LocalDate.of(2026, 1, 5), null))), false);
        assertThat(p.nik()).isNull();
        PersonSummary r = people.reconcileNik(p.id(), "3171010101500007", "KTP elektronik terbit");
        assertThat(r.nomorRegistri()).isEqualTo(p.nomorRegistri());
        PersonDetail d = people.find(p.id()).orElseThrow();
        assertThat(d.nikHistory()).singleElement().satisfies(h -> {
            assertThat(h.nikLama()).isNull();
            assertThat(h.nikBaru()).isEqualTo("3171010101500007");
        });
        assertThat(d.draft().tanpaAlamatTetap()).isTrue();
        assertThat(d.draft().lokasiTerakhir()).isEqualTo("Stasiun Senen");
        assertThat(d.draft().kategori()).extracting(CategoryPeriod::kode).containsExactly("PPKS-11");
    }

    @Test
    void sameNikCannotBeRegisteredTwice() {
        PersonSummary first = people.create(budi().withNik("3171011708450011"), false);
        assertThatThrownBy(() -> people.create(budi().withNik("3171011708450011"), true))
                .isInstanceOfSatisfying(RegistryValidationException.class,
                        e -> assertThat(e.problems()).extracting(IdentityProblem::code).contains("NIK_TERDAFTAR"));
        PersonDetail d = people.find(first.id()).orElseThrow();
        PersonSummary changed = people.update(first.id(), d.version(), d.draft().withContact("0812-3456-7890", null, "pindah"), false);
        assertThat(changed.nama()).isEqualTo("Budi Santoso");
        assertThat(people.find(first.id()).orElseThrow().draft().telepon()).isEqualTo("0812-3456-7890");
        assertThatThrownBy(() -> people.update(first.id(), d.version(), d.draft(), false)).isInstanceOf(RuntimeException.class);
    }

    private static List<String> codes(PersonDraft d) {
        return people.validate(d).stream().map(IdentityProblem::code).toList();
    }
}
