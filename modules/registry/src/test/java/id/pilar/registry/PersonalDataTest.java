package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.Sex;
import id.pilar.core.spi.PersonalDataSection;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.registry.impl.pdp.RegistryPersonalData;
import id.pilar.testkit.TestDatabase;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** UU PDP: what the registry gives for a subject-access request, and erasure keeping the statistics. */
class PersonalDataTest {

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

    @Test
    void subjectAccessThenErasureKeepsTheCountsButNotThePerson() throws Exception {
        PersonSummary p = people.create(PersonDraft.named("Ratna Sari Dewi").withNik("3171015708450003")
                .withBirth(Sex.PEREMPUAN, "Bandung", LocalDate.of(1945, 8, 17))
                .withAddress("Jl. Kramat Raya 12", "3", "5", "31.71.01.1001"), true);
        RegistryPersonalData pdp = new RegistryPersonalData();

        List<PersonalDataSection> sections = db.transactions().jdbc(c -> pdp.collect(p.id(), c));
        assertThat(sections.get(0).records().get(0)).containsEntry("NIK", "3171015708450003")
                .containsEntry("Nama", "Ratna Sari Dewi").containsEntry("Alamat", "Jl. Kramat Raya 12");

        db.transactions().jdbc(c -> {
            pdp.anonymise(p.id(), c);
            return null;
        });

        String row = db.transactions().jdbc(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT nik, nama, alamat_jalan, tanggal_lahir, "
                    + "tahun_lahir_perkiraan, jenis_kelamin, kode_kelurahan FROM reg_person WHERE id = '" + p.id() + "'")) {
                rs.next();
                return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getInt(5) + "|" + rs.getString(6) + "|" + rs.getString(7);
            }
        });
        assertThat(row).isEqualTo("null|[dihapus]|null|null|1945|P|31.71.01.1001");
        assertThat(new PersonSearchImpl(db.transactions()).search("Ratna", 10)).isEmpty();
        assertThat(new PersonSearchImpl(db.transactions()).search("3171015708450003", 10)).isEmpty();
        assertThat(people.countActive()).isGreaterThanOrEqualTo(1); // the row still counts
    }
}
